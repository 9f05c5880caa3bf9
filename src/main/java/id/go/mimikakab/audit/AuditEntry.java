package id.go.mimikakab.audit;

import java.time.Instant;

/**
 * One recorded change: who did what to which target, when, with the values before and after (JSON). Its
 * place in the chain ({@code position}) and hashes are given when the entry is sealed, moments after it
 * commits; until then they are {@code null}.
 */
public record AuditEntry(long id, Long position, Instant recordedAt, String actor, String action, String targetType,
        String targetId, String before, String after, String previousHash, String entryHash) {

    public boolean sealed() {
        return position != null;
    }
}
