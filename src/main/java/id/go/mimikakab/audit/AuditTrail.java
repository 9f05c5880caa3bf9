package id.go.mimikakab.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail. A change appends its entry in the caller's transaction, so no change commits
 * without its entry, and without taking any shared lock, so audited writes run in parallel. Sealing then gives
 * committed entries, in the order they arrived, a chain position and a hash covering their content and the
 * previous entry's hash, so that any later edit, deletion or reordering shows up as a broken link. Sealing
 * runs every second (and before every check) under the chain head's row lock, one batch at a time. Entry
 * content is never updated or deleted; the chain columns are written once, by sealing.
 */
@Component
public class AuditTrail {

    static final String GENESIS_HASH = "0".repeat(64);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, JsonMapper json,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        jdbc.sql("""
                        insert into audit_record (recorded_at, actor, action, target_type, target_id, before_value, after_value)
                        values (:at, :actor, :action, :targetType, :targetId, :before, :after)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** One change to record with {@link #recordAllAs}: who made it, what it was, and the states around it. */
    public record Change(String actor, String action, String targetType, String targetId, Object before, Object after) {
    }

    /** Records several changes in one round trip to the database, in the caller's transaction and in the given order. */
    @Transactional
    public void recordAllAs(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (Change c : changes) {
            rows.add(new Object[] { at, c.actor(), c.action(), c.targetType(), c.targetId(), toJson(c.before()),
                toJson(c.after()) });
        }
        jdbcTemplate.batchUpdate("""
                insert into audit_record (recorded_at, actor, action, target_type, target_id, before_value, after_value)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Seals every committed entry not sealed yet, in batches; answers how many it sealed. */
    @Scheduled(fixedDelayString = "${mimika.audit.seal-interval:PT1S}")
    public int sealPending() {
        int total = 0;
        while (true) {
            Integer sealed = ownTransaction.execute(tx -> sealBatch());
            total += sealed == null ? 0 : sealed;
            if (sealed == null || sealed < BATCH) {
                return total;
            }
        }
    }

    private int sealBatch() {
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
        List<AuditEntry> pending = jdbc.sql("select * from audit_record where chain_pos is null order by id limit :limit")
                .param("limit", BATCH)
                .query(AuditTrail::entry)
                .list();
        long position = head.lastPosition();
        String previous = head.lastHash();
        List<Object[]> updates = new ArrayList<>(pending.size());
        for (AuditEntry e : pending) {
            position++;
            String hash = hash(previous, position, e.recordedAt(), e.actor(), e.action(), e.targetType(), e.targetId(),
                    e.before(), e.after());
            updates.add(new Object[] {position, previous, hash, e.id()});
            previous = hash;
        }
        if (!updates.isEmpty()) {
            batchUpdate(updates);
            jdbc.sql("update audit_chain_head set last_seq = :position, last_hash = :hash where id = 1")
                    .param("position", position)
                    .param("hash", previous)
                    .update();
        }
        return pending.size();
    }

    private void batchUpdate(List<Object[]> updates) {
        jdbcTemplate.batchUpdate(
                "update audit_record set chain_pos = ?, previous_hash = ?, entry_hash = ? where id = ? and chain_pos is null",
                updates);
    }

    /** The newest entries first, optionally only those about one target type. */
    @Transactional(readOnly = true)
    public List<AuditEntry> newest(String targetType, int offset, int limit) {
        String filter = targetType == null || targetType.isBlank() ? "" : "where target_type = :type ";
        var spec = jdbc.sql("select * from audit_record " + filter + "order by id desc limit :limit offset :offset")
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
        return jdbc.sql("select * from audit_record where target_type = :type and target_id = :id order by id")
                .param("type", targetType)
                .param("id", targetId)
                .query(AuditTrail::entry)
                .list();
    }

    /** Seals what is pending, then re-computes every hash in chain order and names the first entry that does not fit. */
    public ChainVerification verify() {
        sealPending();
        return ownTransaction.execute(tx -> check());
    }

    private ChainVerification check() {
        String previousHash = GENESIS_HASH;
        long expected = 1;
        long checked = 0;
        long pending = jdbc.sql("select count(*) from audit_record where chain_pos is null").query(Long.class).single();
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from audit_record where chain_pos >= :from order by chain_pos limit :limit")
                    .param("from", expected)
                    .param("limit", BATCH)
                    .query(AuditTrail::entry)
                    .list();
            for (AuditEntry e : batch) {
                if (e.position() != expected) {
                    return ChainVerification.brokenAt(checked, expected, "MISSING_ENTRY", pending);
                }
                if (!previousHash.equals(e.previousHash())) {
                    return ChainVerification.brokenAt(checked, e.position(), "LINK_MISMATCH", pending);
                }
                String recomputed = hash(previousHash, e.position(), e.recordedAt(), e.actor(), e.action(), e.targetType(),
                        e.targetId(), e.before(), e.after());
                if (!recomputed.equals(e.entryHash())) {
                    return ChainVerification.brokenAt(checked, e.position(), "CONTENT_MISMATCH", pending);
                }
                previousHash = e.entryHash();
                expected++;
                checked++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        long headPosition = jdbc.sql("select last_seq from audit_chain_head where id = 1").query(Long.class).single();
        if (headPosition >= expected) {
            return ChainVerification.brokenAt(checked, expected, "MISSING_ENTRY", pending);
        }
        return ChainVerification.intact(checked, pending);
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

    static String hash(String previousHash, long position, Instant at, String actor, String action, String targetType,
            String targetId, String before, String after) {
        String canonical = String.join("\u001f", previousHash, Long.toString(position), at.toString(), actor, action,
                targetType, targetId, before == null ? "\u0000" : before, after == null ? "\u0000" : after);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long position = rs.getLong("chain_pos");
        Long chainPosition = rs.wasNull() ? null : position;
        return new AuditEntry(rs.getLong("id"), chainPosition, rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("before_value"), rs.getString("after_value"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }

    private record Head(long lastPosition, String lastHash) {
    }
}
