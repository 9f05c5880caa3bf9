package id.go.mimikakab.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.ClientAddress;
import id.go.mimikakab.system.RateLimit;
import id.go.mimikakab.system.RateLimits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The six-digit PIN that lets a reporter act on their report and read it when it is confidential. It is derived
 * from the ticket with a secret key (HMAC-SHA256), so no PIN is stored anywhere and a retried submission gets
 * the same PIN; the key is generated at first start and kept in the database, or given as
 * {@code mimika.report.pin-secret}.
 *
 * <p>Every PIN presented is counted before it is compared, so parallel guesses cannot outrun the count: per
 * ticket 5 in a quarter of an hour, 10 a day and 20 a week; per client address 30 an hour. Over either limit the
 * PIN is refused unchecked, for tickets that exist and tickets that do not alike. The right PIN clears its
 * ticket's count and gives its client the attempt back. The counts live in the database (shared by all nodes).
 */
@Component
class ReportPins {

    private final byte[] key;
    private final RateLimit perTicket;
    private final RateLimit perClient;
    private final RateLimit alerts;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final TransactionTemplate alertTransaction;

    ReportPins(JdbcClient jdbc, ReportProperties properties, RateLimits limits, ApplicationEventPublisher events,
            AuditTrail audit, PlatformTransactionManager transactions) {
        this.key = properties.pinSecret() != null && !properties.pinSecret().isBlank()
                ? properties.pinSecret().getBytes(StandardCharsets.UTF_8)
                : Base64.getDecoder().decode(storedSecret(jdbc));
        this.perTicket = limits.limit("pin-ticket", RateLimits.perWindow(5, Duration.ofMinutes(15)),
                RateLimits.perWindow(10, Duration.ofDays(1)), RateLimits.perWindow(20, Duration.ofDays(7)));
        this.perClient = limits.limit("pin-client", RateLimits.perPeriod(properties.wrongPinsPerHour(), Duration.ofHours(1)));
        this.alerts = limits.limit("pin-alert", RateLimits.perWindow(1, Duration.ofDays(1)));
        this.events = events;
        this.audit = audit;
        this.alertTransaction = new TransactionTemplate(transactions);
        this.alertTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String pinFor(TicketNumber ticket) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(ticket.value().getBytes(StandardCharsets.UTF_8));
            int number = ((digest[0] & 0x7f) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
            return String.format("%06d", number % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * Whether {@code pin} is the reporter's PIN of this report. No PIN is simply no; a PIN is counted first, and
     * refused unchecked with {@link TooManyPinAttemptsException} when its ticket or its client has had too many.
     */
    boolean matches(Report report, String pin) {
        if (pin == null || pin.isBlank()) {
            return false;
        }
        counted(report.ticket().value(), report);
        boolean right = MessageDigest.isEqual(pinFor(report.ticket()).getBytes(StandardCharsets.US_ASCII),
                pin.strip().getBytes(StandardCharsets.US_ASCII));
        if (right) {
            perTicket.reset(report.ticket().value());
            perClient.giveBack(ClientAddress.current());
        }
        return right;
    }

    /**
     * An anonymous, stable mark of a client address for counting one "me too" per client: a keyed hash, so the
     * address itself is never stored and the mark cannot be reversed without the key.
     */
    String voterMark(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("voter|" + clientAddress).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Counts a PIN given with a ticket that does not exist, so that such a ticket answers exactly as one that does. */
    void presentedForUnknown(String typedTicket, String pin) {
        if (pin != null && !pin.isBlank()) {
            counted(typedTicket == null ? "" : typedTicket.strip().toUpperCase(Locale.ROOT), null);
        }
    }

    private void counted(String ticket, Report report) {
        OptionalLong wait = perClient.take(ClientAddress.current());
        if (wait.isEmpty()) {
            wait = perTicket.take(ticket);
            if (wait.isPresent() && report != null && alerts.take(ticket).isEmpty()) {
                // in a transaction of its own: the request itself is refused and may be read-only
                alertTransaction.executeWithoutResult(tx -> {
                    audit.recordAs("system", "REPORT_PIN_GUESSING", "report", ticket, null, null);
                    events.publishEvent(new PinGuessingDetected(ticket, report.agencyCode()));
                });
            }
        }
        if (wait.isPresent()) {
            throw new TooManyPinAttemptsException(wait.getAsLong());
        }
    }

    private static String storedSecret(JdbcClient jdbc) {
        return jdbc.sql("select secret_value from app_secret where name = 'report-pin'").query(String.class).optional()
                .orElseGet(() -> {
                    byte[] bytes = new byte[32];
                    new SecureRandom().nextBytes(bytes);
                    try {
                        jdbc.sql("insert into app_secret (name, secret_value) values ('report-pin', :v)")
                                .param("v", Base64.getEncoder().encodeToString(bytes)).update();
                    } catch (DuplicateKeyException anotherNodeWasFirst) {
                        // another node created it at the same moment; use theirs
                    }
                    return jdbc.sql("select secret_value from app_secret where name = 'report-pin'").query(String.class).single();
                });
    }
}
