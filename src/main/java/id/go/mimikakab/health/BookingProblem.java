package id.go.mimikakab.health;

/** One problem with a booking's field: the field, the message key for screens and an English sentence for APIs. */
public record BookingProblem(String field, String key, String message) {
}
