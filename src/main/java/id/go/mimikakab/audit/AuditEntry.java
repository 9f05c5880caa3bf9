package id.go.mimikakab.audit;

import java.time.Instant;

/** One recorded change: who did what to which target, when, with the values before and after (JSON). */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String targetType,
        String targetId, String before, String after, String previousHash, String entryHash) {
}
