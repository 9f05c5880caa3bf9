package id.go.mimikakab.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens, changes and protects staff accounts; every change is written to the audit trail. */
@Component
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final AgencyDirectory agencies;
    private final PasswordEncoder passwords;
    private final StaffSessions sessions;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, AuditTrail audit, AgencyDirectory agencies, PasswordEncoder passwords,
            StaffSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> all() {
        return jdbc.sql("select * from staff_account order by username").query(StaffAccounts::account).list();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(long id) {
        return jdbc.sql("select * from staff_account where id = :id").param("id", id).query(StaffAccounts::account).optional();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql("select * from staff_account where username = :u").param("u", username)
                .query(StaffAccounts::account).optional();
    }

    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return jdbc.sql("select count(*) from staff_account where role = 'ADMIN' and enabled = true")
                .query(Long.class).single() > 0;
    }

    /** Opens an account after checking the username, e-mail, role, agency and password rules. */
    @Transactional
    public StaffAccount open(NewAccount request) {
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            throw new AccountProblem("password", "account.password.tooShort",
                    "A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return openWithPassword(request);
    }

    /**
     * Opens an account without the length rule; only demo mode uses it, for the published password "demo".
     */
    @Transactional
    public StaffAccount openDemoAccount(NewAccount request) {
        return openWithPassword(request);
    }

    private StaffAccount openWithPassword(NewAccount request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountProblem("username", "account.username.pattern",
                    "A username is 3 to 60 lower-case letters, digits, dots, dashes or underscores");
        }
        String email = cleanEmail(request.email());
        String agency = checkRoleAndAgency(request.role(), request.agencyCode());
        String displayName = cleanDisplayName(request.displayName());
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            insert into staff_account (username, email, display_name, password_hash, role, agency_code,
                                                       enabled, created_at)
                            values (:username, :email, :displayName, :hash, :role, :agency, true, :now)""")
                    .param("username", username)
                    .param("email", email)
                    .param("displayName", displayName)
                    .param("hash", passwords.encode(request.password()))
                    .param("role", request.role().name())
                    .param("agency", agency)
                    .param("now", utc(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AccountProblem("username", "account.taken", "Username or e-mail already in use");
        }
        StaffAccount created = findByUsername(username).orElseThrow();
        audit.record("ACCOUNT_OPENED", "account", username, null, snapshot(created));
        return created;
    }

    /**
     * Changes an account's name, e-mail, role, agency or whether it may sign in; a change of role, agency or
     * sign-in ends the account's sessions on every node, so what it may see changes at once.
     */
    @Transactional
    public StaffAccount change(long id, AccountChange change) {
        StaffAccount before = find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        String email = cleanEmail(change.email());
        String agency = checkRoleAndAgency(change.role(), change.agencyCode());
        String displayName = cleanDisplayName(change.displayName());
        if (before.role() == Role.ADMIN && (change.role() != Role.ADMIN || !change.enabled()) && activeAdministrators() <= 1) {
            throw new AccountProblem("role", "account.lastAdmin", "The last active administrator cannot be removed");
        }
        try {
            jdbc.sql("""
                            update staff_account set email = :email, display_name = :displayName, role = :role,
                                   agency_code = :agency, enabled = :enabled
                            where id = :id""")
                    .param("email", email)
                    .param("displayName", displayName)
                    .param("role", change.role().name())
                    .param("agency", agency)
                    .param("enabled", change.enabled())
                    .param("id", id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AccountProblem("email", "account.taken", "E-mail already in use");
        }
        StaffAccount after = find(id).orElseThrow();
        audit.record("ACCOUNT_CHANGED", "account", before.username(), snapshot(before), snapshot(after));
        if (before.role() != after.role() || !java.util.Objects.equals(before.agencyCode(), after.agencyCode())
                || before.enabled() != after.enabled()) {
            sessions.endAllOf(after.username(), null);
        }
        return after;
    }

    /** Sets a new password chosen by an administrator; every session of the account ends. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        StaffAccount account = find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        setPassword(account, newPassword);
        audit.record("PASSWORD_RESET", "account", account.username(), null, null);
        sessions.endAllOf(account.username(), null);
    }

    /**
     * Lets a person change their own password after proving they know the current one; their other sessions end,
     * the one with id {@code currentSession} (theirs, from which they changed it) stays.
     */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword, String currentSession) {
        StaffAccount account = find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        String hash = jdbc.sql("select password_hash from staff_account where id = :id").param("id", id)
                .query(String.class).single();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw new AccountProblem("currentPassword", "account.password.wrong", "The current password is wrong");
        }
        setPassword(account, newPassword);
        audit.record("PASSWORD_CHANGED", "account", account.username(), null, null);
        sessions.endAllOf(account.username(), currentSession);
    }

    /** Finds an account by username or e-mail, as typed on the login form. */
    @Transactional(readOnly = true)
    public Optional<StaffAccount> findByLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String key = login.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("select * from staff_account where username = :key or lower(email) = :key")
                .param("key", key)
                .query(StaffAccounts::account)
                .optional();
    }

    /** The stored password hash, for the login check inside this module only. */
    String passwordHashOf(long id) {
        return jdbc.sql("select password_hash from staff_account where id = :id").param("id", id)
                .query(String.class).single();
    }

    private void setPassword(StaffAccount account, String newPassword) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountProblem("newPassword", "account.password.tooShort",
                    "A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        jdbc.sql("update staff_account set password_hash = :hash where id = :id")
                .param("hash", passwords.encode(newPassword))
                .param("id", account.id())
                .update();
    }

    private long activeAdministrators() {
        return jdbc.sql("select count(*) from staff_account where role = 'ADMIN' and enabled = true").query(Long.class).single();
    }

    private String checkRoleAndAgency(Role role, String agencyCode) {
        if (role == null) {
            throw new AccountProblem("role", "account.role.required", "A role is required");
        }
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        if (role.boundToAgency()) {
            if (agency == null || agencies.find(agency).isEmpty()) {
                throw new AccountProblem("agencyCode", "account.agency.required", "This role needs an existing agency");
            }
            return agency;
        }
        if (agency != null) {
            throw new AccountProblem("agencyCode", "account.agency.notAllowed", "This role does not belong to an agency");
        }
        return null;
    }

    private static String cleanEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String clean = email.strip().toLowerCase(Locale.ROOT);
        if (clean.length() > 200 || !EMAIL.matcher(clean).matches()) {
            throw new AccountProblem("email", "account.email.invalid", "Not an e-mail address: " + email);
        }
        return clean;
    }

    private static String cleanDisplayName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new AccountProblem("displayName", "account.displayName.required", "A name of 1 to 120 characters is required");
        }
        return name.strip();
    }

    private static AccountSnapshot snapshot(StaffAccount a) {
        return new AccountSnapshot(a.username(), a.email(), a.displayName(), a.role(), a.agencyCode(), a.enabled());
    }

    /** What the audit trail keeps of an account: everything but its secrets. */
    private record AccountSnapshot(String username, String email, String displayName, Role role, String agencyCode,
            boolean enabled) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static StaffAccount account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("agency_code"),
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
