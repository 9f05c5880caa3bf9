package id.go.mimikakab.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API ({@code Authorization: Bearer …}). Tokens are random, shown once,
 * and stored only as SHA-256 hashes: their entropy makes a slow hash unnecessary and keeps every API call cheap.
 */
@Component
public class AccessTokens {

    private static final String PREFIX = "mka_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for the account; the returned secret cannot be recovered later. */
    @Transactional
    public IssuedToken issue(StaffMember owner, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return store(owner, name, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Stores a token with a known secret; only demo mode uses it, for the published {@code demo-<username>} tokens. */
    @Transactional
    public IssuedToken issueDemoToken(StaffMember owner) {
        return store(owner, "demo", "demo-" + owner.username());
    }

    @Transactional(readOnly = true)
    public List<AccessToken> of(long accountId) {
        return jdbc.sql("select * from access_token where account_id = :id order by created_at desc, id desc")
                .param("id", accountId)
                .query(AccessTokens::token)
                .list();
    }

    /** Revokes one of the owner's tokens; revoking an already revoked token changes nothing. */
    @Transactional
    public void revoke(StaffMember owner, long tokenId) {
        AccessToken token = jdbc.sql("select * from access_token where id = :id and account_id = :owner")
                .param("id", tokenId)
                .param("owner", owner.id())
                .query(AccessTokens::token)
                .optional()
                .orElseThrow(() -> new NotFoundException("No token " + tokenId));
        if (!token.active()) {
            return;
        }
        jdbc.sql("update access_token set revoked_at = :now where id = :id")
                .param("now", utc(clock.instant()))
                .param("id", tokenId)
                .update();
        audit.record("TOKEN_REVOKED", "account", owner.username(), token.name() + " (" + token.hint() + "…)", null);
    }

    /** The enabled account a presented secret belongs to, if the token exists and is not revoked. */
    @Transactional
    public Optional<StaffMember> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Optional<Found> found = jdbc.sql("""
                        select t.id as token_id, t.last_used_at, a.* from access_token t
                        join staff_account a on a.id = t.account_id
                        where t.token_hash = :hash and t.revoked_at is null and a.enabled = true""")
                .param("hash", hash)
                .query((rs, n) -> new Found(rs.getLong("token_id"), rs.getObject("last_used_at", OffsetDateTime.class),
                        StaffAccounts.account(rs, n).member()))
                .optional();
        found.ifPresent(this::touch);
        return found.map(Found::member);
    }

    private void touch(Found found) {
        Instant now = clock.instant();
        if (found.lastUsed() == null || found.lastUsed().toInstant().plus(LAST_USED_PRECISION).isBefore(now)) {
            jdbc.sql("update access_token set last_used_at = :now where id = :id")
                    .param("now", utc(now))
                    .param("id", found.tokenId())
                    .update();
        }
    }

    private IssuedToken store(StaffMember owner, String name, String secret) {
        String cleanName = name == null || name.isBlank() ? "token" : name.strip();
        if (cleanName.length() > 80) {
            throw new AccountProblem("name", "token.name.tooLong", "A token name has at most 80 characters");
        }
        String hint = secret.substring(0, Math.min(secret.length(), 8));
        jdbc.sql("""
                        insert into access_token (account_id, name, token_hash, token_hint, created_at)
                        values (:owner, :name, :hash, :hint, :now)""")
                .param("owner", owner.id())
                .param("name", cleanName)
                .param("hash", sha256(secret))
                .param("hint", hint)
                .param("now", utc(clock.instant()))
                .update();
        AccessToken token = jdbc.sql("select * from access_token where token_hash = :hash")
                .param("hash", sha256(secret))
                .query(AccessTokens::token)
                .single();
        audit.record("TOKEN_ISSUED", "account", owner.username(), null, cleanName + " (" + hint + "…)");
        return new IssuedToken(token, secret);
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

    private static AccessToken token(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime used = rs.getObject("last_used_at", OffsetDateTime.class);
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new AccessToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_hint"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), used == null ? null : used.toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    private record Found(long tokenId, OffsetDateTime lastUsed, StaffMember member) {
    }
}
