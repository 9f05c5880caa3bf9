package id.go.mimikakab.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import id.go.mimikakab.system.DemoMode;
import id.go.mimikakab.system.Identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure an install can be administered without any fixed password: demo mode opens the published demo
 * accounts; otherwise the first administrator comes from {@code mimika.account.initial-admin.*} or, failing
 * that, from a one-time setup link printed in the log at start-up.
 */
@Component
public class FirstAdministrator {

    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffAccounts accounts;
    private final AccessTokens tokens;
    private final DemoMode demoMode;
    private final AccountProperties properties;
    private final Identity identity;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(StaffAccounts accounts, AccessTokens tokens, DemoMode demoMode, AccountProperties properties,
            Identity identity, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.demoMode = demoMode;
        this.properties = properties;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onStart(ApplicationReadyEvent event) {
        if (demoMode.enabled()) {
            DemoAccounts.ensure(accounts, tokens);
        }
        if (accounts.hasAdministrator()) {
            return;
        }
        AccountProperties.InitialAdmin initial = properties.initialAdmin();
        if (initial.given()) {
            accounts.open(new NewAccount(initial.username(), initial.email(), "Administrator", Role.ADMIN, null,
                    initial.password()));
            log.info("First administrator '{}' opened from configuration", initial.username());
            return;
        }
        String base = identity.publicUrl() != null ? identity.publicUrl().replaceAll("/+$", "")
                : "http://localhost:" + (event.getApplicationContext() instanceof WebServerApplicationContext web
                        ? web.getWebServer().getPort() : 8080);
        log.warn("""

                ************************************************************************
                *  Belum ada administrator. Buka tautan ini sekali (berlaku 24 jam):
                *  No administrator yet. Open this one-time link (valid 24 hours):
                *  {}/setup/{}
                ************************************************************************""", base, newSetupLink());
    }

    /** Creates a fresh one-time setup link, replacing any earlier unused one, and returns its secret. */
    @Transactional
    public String newSetupLink() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from setup_link where used_at is null").update();
        jdbc.sql("insert into setup_link (token_hash, created_at) values (:hash, :now)")
                .param("hash", AccessTokens.sha256(secret))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return secret;
    }

    /** Whether the secret belongs to an unused, unexpired setup link while no administrator exists. */
    @Transactional(readOnly = true)
    public boolean linkValid(String secret) {
        if (secret == null || accounts.hasAdministrator()) {
            return false;
        }
        Instant oldest = clock.instant().minus(LINK_VALIDITY);
        return jdbc.sql("""
                        select count(*) from setup_link
                        where token_hash = :hash and used_at is null and created_at > :oldest""")
                .param("hash", AccessTokens.sha256(secret))
                .param("oldest", OffsetDateTime.ofInstant(oldest, ZoneOffset.UTC))
                .query(Long.class)
                .single() > 0;
    }

    /** Opens the first administrator through a valid setup link and uses the link up. */
    @Transactional
    public StaffAccount openThroughLink(String secret, NewAccount administrator) {
        if (!linkValid(secret)) {
            throw new AccountProblem("link", "setup.link.invalid", "The setup link is not valid any more");
        }
        if (administrator.role() != Role.ADMIN) {
            throw new AccountProblem("role", "account.role.required", "The first account must be an administrator");
        }
        StaffAccount admin = accounts.open(administrator);
        jdbc.sql("update setup_link set used_at = :now where token_hash = :hash")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("hash", AccessTokens.sha256(secret))
                .update();
        return admin;
    }
}
