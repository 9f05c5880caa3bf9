package id.go.mimikakab.eservice;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Opens verified citizen accounts the way a citizen does: register, read the code from the message sent, verify. */
final class Applicants {

    static final String PASSWORD = "rahasia-warga-1";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private Applicants() {
    }

    static CitizenAccount verified(CitizenAccounts citizens, JdbcClient jdbc, String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        CitizenAccount account = citizens.register(email, name, PASSWORD);
        return citizens.verify(email, lastCodeSentTo(jdbc, email));
    }

    static String lastCodeSentTo(JdbcClient jdbc, String recipient) {
        String body = jdbc.sql("select body from notification_outbox where recipient = :to order by id desc")
                .param("to", recipient).query(String.class).list().get(0);
        Matcher m = CODE.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No code in " + body);
        }
        return m.group(1);
    }
}
