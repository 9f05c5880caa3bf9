package id.go.mimikakab.satisfaction;

/**
 * Asks a citizen to rate the unit (agency) that handled their case: the case's kind ({@code REPORT},
 * {@code APPLICATION}) and reference, and where to send the invitation ({@code email} may be null: the caller then
 * shows the returned link itself).
 */
public record SurveyInvitation(String unitCode, String caseKind, String caseReference, String email, String name) {

    public SurveyInvitation {
        if (unitCode == null || unitCode.isBlank()) {
            throw new IllegalArgumentException("A survey invitation needs the unit that served the citizen");
        }
        if (caseKind == null || !caseKind.matches("[A-Z_]{1,20}")) {
            throw new IllegalArgumentException("A case kind is upper-case letters, e.g. REPORT or APPLICATION");
        }
        if (caseReference == null || caseReference.isBlank() || caseReference.length() > 60) {
            throw new IllegalArgumentException("A survey invitation needs the case's reference of at most 60 characters");
        }
        email = email == null || email.isBlank() ? null : email.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
