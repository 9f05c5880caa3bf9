package id.go.mimikakab.account;

/** What an administrator gives to open an account for a member of staff. */
public record NewAccount(String username, String email, String displayName, Role role, String agencyCode,
        String password) {
}
