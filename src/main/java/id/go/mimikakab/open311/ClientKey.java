package id.go.mimikakab.open311;

import java.time.Instant;

/** An Open311 client application's API key as administrators see it: never the key itself, only its first characters. */
public record ClientKey(long id, String clientName, String hint, Instant createdAt, String createdBy, Instant revokedAt,
        String revokedBy) {

    public boolean active() {
        return revokedAt == null;
    }
}
