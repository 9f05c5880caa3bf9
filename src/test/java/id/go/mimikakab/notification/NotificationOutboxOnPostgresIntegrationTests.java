package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.go.mimikakab.testing.PostgresTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox's claim and the dispatcher's ShedLock lock (timed by the database) work on PostgreSQL too. */
@PostgresTest
@SpringBootTest
class NotificationOutboxOnPostgresIntegrationTests {

    @Autowired
    NotificationOutbox outbox;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyOneOfTwoClaimsOfTheSameAttemptWins() {
        String email = "pelapor-" + UUID.randomUUID() + "@contoh.id";
        outbox.enqueue(NotificationChannel.EMAIL, email, "Pesan", "Isi pesan");
        Instant later = Instant.parse("2100-01-01T00:00:00Z");
        OutboxMessage read = outbox.due(later, List.of(NotificationChannel.EMAIL), 20, 100_000).stream()
                .filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();

        assertThat(outbox.claim(read, later, later.plus(NotificationDispatcher.CLAIM))).isNotNull();
        assertThat(outbox.claim(read, later, later.plus(NotificationDispatcher.CLAIM))).isNull();
    }

    @Test
    void theScheduledRunTakesTheLockWithoutAMailServerAndLeavesMessagesQueued() {
        String email = "pelapor-" + UUID.randomUUID() + "@contoh.id";
        outbox.enqueue(NotificationChannel.EMAIL, email, "Pesan", "Isi pesan");

        dispatcher.dispatchOnSchedule();

        assertThat(jdbc.sql("select count(*) from shedlock where name = 'notification-dispatch'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select attempts from notification_outbox where recipient = :r").param("r", email)
                .query(Integer.class).single()).isZero();
    }
}
