package id.go.mimikakab.account;

/** The fields of an account an administrator may change; the username stays. */
public record AccountChange(String email, String displayName, Role role, String agencyCode, boolean enabled) {
}
