package id.go.mimikakab.account;

import java.time.Instant;

/** A staff account as administrators see it; the password hash never leaves the module. */
public record StaffAccount(long id, String username, String email, String displayName, Role role, String agencyCode,
        boolean enabled, Instant createdAt) {

    public StaffMember member() {
        return new StaffMember(id, username, displayName, role, agencyCode);
    }
}
