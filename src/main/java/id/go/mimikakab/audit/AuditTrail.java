package id.go.mimikakab.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends audit entries in the caller's transaction and verifies the chain. Each entry's hash covers
 * its content and the previous entry's hash, so that any edit, deletion or reordering of stored entries
 * shows up as a broken link. There is deliberately no way to update or delete an entry.
 */
@Component
public class AuditTrail {

    static final String GENESIS_HASH = "0".repeat(64);
    private static final int VERIFY_BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Records a change made by the signed-in person (or "system" outside a request).
     *
     * @param before the state before the change, or {@code null} for a creation; serialized as JSON
     * @param after the state after the change, or {@code null} for a removal; serialized as JSON
     */
    @Transactional
    public void record(String action, String targetType, String targetId, Object before, Object after) {
        recordAs(currentActor(), action, targetType, targetId, before, after);
    }

    /** Records a change on behalf of a named actor, e.g. the username tried in a failed login. */
    @Transactional
    public void recordAs(String actor, String action, String targetType, String targetId, Object before, Object after) {
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
        long seq = head.lastSeq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String hash = hash(head.lastHash(), seq, at, actor, action, targetType, targetId, beforeJson, afterJson);
        jdbc.sql("""
                        insert into audit_entry (seq, recorded_at, actor, action, target_type, target_id,
                                                 before_value, after_value, previous_hash, entry_hash)
                        values (:seq, :at, :actor, :action, :targetType, :targetId, :before, :after, :previous, :hash)""")
                .param("seq", seq)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("before", beforeJson)
                .param("after", afterJson)
                .param("previous", head.lastHash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq)
                .param("hash", hash)
                .update();
    }

    /** The newest entries first, optionally only those about one target type. */
    @Transactional(readOnly = true)
    public List<AuditEntry> newest(String targetType, int offset, int limit) {
        String filter = targetType == null || targetType.isBlank() ? "" : "where target_type = :type ";
        var spec = jdbc.sql("select * from audit_entry " + filter + "order by seq desc limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset);
        if (!filter.isEmpty()) {
            spec = spec.param("type", targetType);
        }
        return spec.query(AuditTrail::entry).list();
    }

    /** Every change recorded about one target, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String targetType, String targetId) {
        return jdbc.sql("select * from audit_entry where target_type = :type and target_id = :id order by seq")
                .param("type", targetType)
                .param("id", targetId)
                .query(AuditTrail::entry)
                .list();
    }

    /** Re-computes every hash in order and names the first entry that does not fit the chain. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String previousHash = GENESIS_HASH;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from audit_entry where seq >= :from order by seq limit :limit")
                    .param("from", expectedSeq)
                    .param("limit", VERIFY_BATCH)
                    .query(AuditTrail::entry)
                    .list();
            for (AuditEntry e : batch) {
                if (e.seq() != expectedSeq) {
                    return ChainVerification.brokenAt(checked, expectedSeq, "MISSING_ENTRY");
                }
                if (!e.previousHash().equals(previousHash)) {
                    return ChainVerification.brokenAt(checked, e.seq(), "LINK_MISMATCH");
                }
                String recomputed = hash(previousHash, e.seq(), e.recordedAt(), e.actor(), e.action(), e.targetType(),
                        e.targetId(), e.before(), e.after());
                if (!recomputed.equals(e.entryHash())) {
                    return ChainVerification.brokenAt(checked, e.seq(), "CONTENT_MISMATCH");
                }
                previousHash = e.entryHash();
                expectedSeq++;
                checked++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        long headSeq = jdbc.sql("select last_seq from audit_chain_head where id = 1").query(Long.class).single();
        if (headSeq >= expectedSeq) {
            return ChainVerification.brokenAt(checked, expectedSeq, "MISSING_ENTRY");
        }
        return ChainVerification.intact(checked);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : json.writeValueAsString(value);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return "system";
        }
        return auth.getName();
    }

    static String hash(String previousHash, long seq, Instant at, String actor, String action, String targetType,
            String targetId, String before, String after) {
        String canonical = String.join("\u001f", previousHash, Long.toString(seq), at.toString(), actor, action,
                targetType, targetId, before == null ? "\u0000" : before, after == null ? "\u0000" : after);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("before_value"), rs.getString("after_value"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
