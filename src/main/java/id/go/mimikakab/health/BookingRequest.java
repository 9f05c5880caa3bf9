package id.go.mimikakab.health;

/**
 * A booking as it arrives from the form, the JSON API or FHIR, not yet checked: which session ({@code planId}) on
 * which day, and who is coming; any field may be missing or wrong.
 */
public record BookingRequest(Long planId, String day, String name, String phone, String email, String nik,
        String jknNumber) {
}
