package id.go.mimikakab.account.web;

import java.util.Set;

/** Maps the field an account rule names onto a field of the form that shows it. */
final class AccountFields {

    private static final Set<String> FORM_FIELDS = Set.of("username", "email", "displayName", "role", "agencyCode",
            "password", "newPassword", "currentPassword");

    private AccountFields() {
    }

    static String formField(String field, String fallback) {
        if ("newPassword".equals(field) && "password".equals(fallback)) {
            return "password";
        }
        return FORM_FIELDS.contains(field) ? field : fallback;
    }
}
