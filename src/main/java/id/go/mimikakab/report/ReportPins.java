package id.go.mimikakab.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The six-digit PIN that gives a reporter private access to their report. It is derived from the ticket
 * with a secret key (HMAC-SHA256), so no PIN is stored anywhere and a retried submission gets the same PIN.
 * The key is generated at first start and kept in the database, or given as {@code mimika.report.pin-secret}.
 */
@Component
class ReportPins {

    private final byte[] key;

    ReportPins(JdbcClient jdbc, ReportProperties properties) {
        this.key = properties.pinSecret() != null && !properties.pinSecret().isBlank()
                ? properties.pinSecret().getBytes(StandardCharsets.UTF_8)
                : Base64.getDecoder().decode(storedSecret(jdbc));
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

    boolean matches(TicketNumber ticket, String pin) {
        if (pin == null) {
            return false;
        }
        return MessageDigest.isEqual(pinFor(ticket).getBytes(StandardCharsets.US_ASCII),
                pin.strip().getBytes(StandardCharsets.US_ASCII));
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
