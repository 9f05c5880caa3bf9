package id.go.mimikakab.citizen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.PhoneNumber;
import id.go.mimikakab.system.PlainText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' accounts: registration with an e-mail address or a mobile number, a six-digit code sent to prove it
 * ({@link VerificationCodeIssued}, which the notification module delivers (e-mail or text message), sign-in once verified, and a password reset by a new code. Codes are
 * kept only as hashes, last {@link #CODE_VALID_FOR} and allow {@value #MAX_ATTEMPTS} wrong tries. Every change is
 * audited under the citizen's actor name ({@link CitizenAccount#actor()}).
 */
@Component
public class CitizenAccounts {

    static final Duration CODE_VALID_FOR = Duration.ofMinutes(30);
    static final int MAX_ATTEMPTS = 5;
    static final int MIN_PASSWORD = 8;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, email, phone, display_name, verified_at";

    /** What a code proves. */
    enum Purpose { VERIFY, RESET }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    CitizenAccounts(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens an unverified account and sends its verification code to the e-mail address or mobile number given as
     * {@code login}.
     */
    @Transactional
    public CitizenAccount register(String login, String displayName, String password) {
        Contact contact = contact(login);
        String name = PlainText.clean(displayName);
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new CitizenAccountRefused("displayName", "citizen.register.nameRequired", "A name of 1 to 120 characters is required");
        }
        checkPassword(password, "password");
        if (findByLogin(contact.value()).isPresent()) {
            throw new CitizenAccountRefused("login", "citizen.register.taken", "This e-mail address or number already has an account");
        }
        jdbc.sql("""
                        insert into citizen_account (email, phone, display_name, password_hash, created_at, version)
                        values (:email, :phone, :name, :hash, :now, 0)""")
                .param("email", contact.email() ? contact.value() : null)
                .param("phone", contact.email() ? null : contact.value())
                .param("name", name.strip())
                .param("hash", passwords.encode(password))
                .param("now", utc(clock.instant()))
                .update();
        long id = idOf(contact.value());
        CitizenAccount account = find(id).orElseThrow();
        audit.recordAs(account.actor(), "CITIZEN_REGISTERED", "citizen", String.valueOf(id), null,
                Map.of("login", masked(account.login())));
        sendCode(account, Purpose.VERIFY);
        return account;
    }

    /**
     * Opens a verified account without sending a code, for the published demo citizen; an existing one is returned.
     * Only demo mode calls this.
     */
    @Transactional
    public CitizenAccount openDemoAccount(String email, String displayName, String password) {
        Optional<CitizenAccount> existing = findByLogin(email);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                        insert into citizen_account (email, display_name, password_hash, created_at, verified_at, version)
                        values (:email, :name, :hash, :now, :now, 0)""")
                .param("email", email).param("name", displayName).param("hash", passwords.encode(password))
                .param("now", utc(clock.instant())).update();
        return findByLogin(email).orElseThrow();
    }

    /** Sends a fresh verification code to an unverified account; nothing for an unknown or verified one. */
    @Transactional
    public void resendVerification(String login) {
        findByLogin(login).filter(a -> !a.verified()).ifPresent(a -> sendCode(a, Purpose.VERIFY));
    }

    /** Verifies the account with the code it was sent; refused with a reason for the code field otherwise. */
    @Transactional(noRollbackFor = CitizenAccountRefused.class)
    public CitizenAccount verify(String login, String code) {
        CitizenAccount account = findByLogin(login).orElseThrow(CitizenAccounts::wrongCode);
        if (account.verified()) {
            return account;
        }
        useCode(account, Purpose.VERIFY, code);
        jdbc.sql("update citizen_account set verified_at = :now, version = version + 1 where id = :id")
                .param("now", utc(clock.instant())).param("id", account.id()).update();
        audit.recordAs(account.actor(), "CITIZEN_VERIFIED", "citizen", String.valueOf(account.id()), null, null);
        return find(account.id()).orElseThrow();
    }

    /** Sends a reset code to the account with this login, if there is one; the answer is the same either way. */
    @Transactional
    public void requestPasswordReset(String login) {
        findByLogin(login).ifPresent(a -> sendCode(a, Purpose.RESET));
    }

    /** Sets a new password with the reset code; an unverified account is verified by it too (the code reached it). */
    @Transactional(noRollbackFor = CitizenAccountRefused.class)
    public void resetPassword(String login, String code, String newPassword) {
        checkPassword(newPassword, "password");
        CitizenAccount account = findByLogin(login).orElseThrow(CitizenAccounts::wrongCode);
        useCode(account, Purpose.RESET, code);
        jdbc.sql("""
                        update citizen_account set password_hash = :hash, verified_at = coalesce(verified_at, :now),
                            version = version + 1 where id = :id""")
                .param("hash", passwords.encode(newPassword)).param("now", utc(clock.instant())).param("id", account.id())
                .update();
        audit.recordAs(account.actor(), "CITIZEN_PASSWORD_RESET", "citizen", String.valueOf(account.id()), null, null);
    }

    public Optional<CitizenAccount> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from citizen_account where id = :id").param("id", id)
                .query((rs, n) -> new CitizenAccount(rs.getLong("id"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("display_name"), rs.getObject("verified_at") != null))
                .optional();
    }

    /** The account with this e-mail address or mobile number, however it is typed. */
    public Optional<CitizenAccount> findByLogin(String login) {
        Optional<Contact> contact = parse(login);
        if (contact.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from citizen_account where " + (contact.get().email() ? "email" : "phone") + " = :v")
                .param("v", contact.get().value())
                .query((rs, n) -> new CitizenAccount(rs.getLong("id"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("display_name"), rs.getObject("verified_at") != null))
                .optional();
    }

    /** The account for a sign-in; the filter chain's own user source, never a bean (staff sign in elsewhere). */
    UserDetails loadUserByUsername(String login) {
        CitizenAccount account = findByLogin(login).orElseThrow(() -> new UsernameNotFoundException("No such citizen"));
        String hash = jdbc.sql("select password_hash from citizen_account where id = :id").param("id", account.id())
                .query(String.class).single();
        return new CitizenPrincipal(account, hash);
    }

    private long idOf(String contactValue) {
        return jdbc.sql("select id from citizen_account where email = :v or phone = :v").param("v", contactValue)
                .query(Long.class).single();
    }

    private void sendCode(CitizenAccount account, Purpose purpose) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        jdbc.sql("update citizen_code set used_at = :now where citizen_id = :id and purpose = :purpose and used_at is null")
                .param("now", utc(now)).param("id", account.id()).param("purpose", purpose.name()).update();
        jdbc.sql("""
                        insert into citizen_code (citizen_id, purpose, code_hash, expires_at, attempts)
                        values (:id, :purpose, :hash, :expires, 0)""")
                .param("id", account.id()).param("purpose", purpose.name()).param("hash", sha256(code))
                .param("expires", utc(now.plus(CODE_VALID_FOR))).update();
        events.publishEvent(new VerificationCodeIssued(account.id(), account.displayName(), account.email(), account.phone(),
                purpose == Purpose.RESET, code, CODE_VALID_FOR.toMinutes()));
    }

    private void useCode(CitizenAccount account, Purpose purpose, String code) {
        record Pending(long id, String hash, Instant expires, int attempts) {
        }
        Optional<Pending> pending = jdbc.sql("""
                        select id, code_hash, expires_at, attempts from citizen_code
                        where citizen_id = :id and purpose = :purpose and used_at is null order by id desc""")
                .param("id", account.id()).param("purpose", purpose.name())
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("code_hash"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts")))
                .list().stream().findFirst();
        Instant now = clock.instant();
        if (pending.isEmpty() || pending.get().expires().isBefore(now) || pending.get().attempts() >= MAX_ATTEMPTS) {
            throw new CitizenAccountRefused("code", "citizen.code.expired", "The code has expired; ask for a new one");
        }
        String typed = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(sha256(typed).getBytes(StandardCharsets.US_ASCII),
                pending.get().hash().getBytes(StandardCharsets.US_ASCII))) {
            jdbc.sql("update citizen_code set attempts = attempts + 1 where id = :id").param("id", pending.get().id()).update();
            throw wrongCode();
        }
        jdbc.sql("update citizen_code set used_at = :now where id = :id").param("now", utc(now)).param("id", pending.get().id())
                .update();
    }

    private static CitizenAccountRefused wrongCode() {
        return new CitizenAccountRefused("code", "citizen.code.wrong", "The code is not right");
    }

    private static void checkPassword(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new CitizenAccountRefused(field, "citizen.register.passwordShort", "A password has 8 to 200 characters");
        }
    }

    private static Contact contact(String login) {
        return parse(login).orElseThrow(() -> new CitizenAccountRefused("login", "citizen.register.loginInvalid",
                "Give an e-mail address or a mobile number (08…)"));
    }

    /** An e-mail address (kept in lower case) or a mobile number (kept as +628…). */
    static Optional<Contact> parse(String login) {
        if (login == null || login.isBlank() || login.length() > 254) {
            return Optional.empty();
        }
        String typed = login.strip();
        if (typed.contains("@")) {
            return EMAIL.matcher(typed).matches() ? Optional.of(new Contact(true, typed.toLowerCase(Locale.ROOT))) : Optional.empty();
        }
        return PhoneNumber.of(typed).map(number -> new Contact(false, number.value()));
    }

    /** A login as the audit trail shows it: enough to recognise, not enough to harvest. */
    static String masked(String login) {
        return login.length() <= 4 ? "****" : login.substring(0, 2) + "***" + login.substring(login.length() - 2);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    record Contact(boolean email, String value) {
    }
}
