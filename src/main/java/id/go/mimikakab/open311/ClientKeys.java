package id.go.mimikakab.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.DemoMode;
import id.go.mimikakab.system.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of Open311 client applications: issued and revoked by administrators (audited), shown once, stored as
 * SHA-256 hashes like personal access tokens, whose entropy makes a slow hash unnecessary. Demo mode opens the
 * published key {@value #DEMO_KEY}; no other install has it.
 */
@Component
public class ClientKeys {

    public static final String DEMO_KEY = "demo-open311";
    public static final int MAX_NAME = 60;
    private static final String PREFIX = "o311_";
    private static final Logger log = LoggerFactory.getLogger(ClientKeys.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final DemoMode demoMode;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ClientKeys(JdbcClient jdbc, AuditTrail audit, DemoMode demoMode, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.demoMode = demoMode;
        this.clock = clock;
    }

    /** Issues a key for a client application, on behalf of the signed-in administrator; the secret is returned once. */
    @Transactional
    public IssuedClientKey issue(String clientName) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return store(clientName, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), issuer());
    }

    @Transactional(readOnly = true)
    public List<ClientKey> all() {
        return jdbc.sql("select * from open311_client_key order by case when revoked_at is null then 0 else 1 end, created_at desc, id desc")
                .query(ClientKeys::key)
                .list();
    }

    /** Revokes a key at once; its client's next submission is refused. Revoking a revoked key changes nothing. */
    @Transactional
    public void revoke(long id) {
        ClientKey key = jdbc.sql("select * from open311_client_key where id = :id").param("id", id)
                .query(ClientKeys::key).optional()
                .orElseThrow(() -> new NotFoundException("No Open311 client key " + id));
        if (!key.active()) {
            return;
        }
        jdbc.sql("update open311_client_key set revoked_at = :now, revoked_by = :by where id = :id")
                .param("now", utc(clock.instant()))
                .param("by", issuer())
                .param("id", id)
                .update();
        audit.record("OPEN311_KEY_REVOKED", "open311_client_key", Long.toString(id), described(key), null);
    }

    /** The active key a client presented, if any. */
    @Transactional(readOnly = true)
    public Optional<ClientKey> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select * from open311_client_key where key_hash = :hash and revoked_at is null")
                .param("hash", sha256(secret.strip()))
                .query(ClientKeys::key)
                .optional();
    }

    /** Opens the published demo key once, in demo mode only. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void openDemoKey() {
        if (!demoMode.enabled()) {
            return;
        }
        boolean exists = jdbc.sql("select count(*) from open311_client_key where key_hash = :hash")
                .param("hash", sha256(DEMO_KEY)).query(Long.class).single() > 0;
        if (!exists) {
            store("Demo (Open311)", DEMO_KEY, "system");
            log.info("Demo Open311 key '{}' opened", DEMO_KEY);
        }
    }

    private IssuedClientKey store(String clientName, String secret, String issuedBy) {
        String name = clientName == null ? "" : clientName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A client name has 1 to " + MAX_NAME + " characters");
        }
        String hint = secret.substring(0, Math.min(secret.length(), 9));
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into open311_client_key (client_name, key_hash, key_hint, created_at, created_by)
                        values (:name, :hash, :hint, :now, :by)""")
                .param("name", name)
                .param("hash", sha256(secret))
                .param("hint", hint)
                .param("now", utc(now))
                .param("by", issuedBy)
                .update();
        ClientKey key = jdbc.sql("select * from open311_client_key where key_hash = :hash").param("hash", sha256(secret))
                .query(ClientKeys::key).single();
        audit.record("OPEN311_KEY_ISSUED", "open311_client_key", Long.toString(key.id()), null, described(key));
        return new IssuedClientKey(key, secret);
    }

    private static String issuer() {
        return SignedIn.member().map(StaffMember::username).orElse("system");
    }

    private static String described(ClientKey key) {
        return key.clientName() + " (" + key.hint() + "…)";
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ClientKey key(ResultSet rs, int row) throws SQLException {
        return new ClientKey(rs.getLong("id"), rs.getString("client_name"), rs.getString("key_hint"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "revoked_at"), rs.getString("revoked_by"));
    }
}
