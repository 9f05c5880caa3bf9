package id.go.mimikakab.account;

import java.time.Instant;

/** A personal access token as its owner sees it in the profile; only a short hint of the secret is kept in clear. */
public record AccessToken(long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
