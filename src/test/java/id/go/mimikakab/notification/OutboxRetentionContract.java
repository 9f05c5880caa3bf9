package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sent messages lose their attachments after 30 days and are deleted after a year; a message that was never sent
 * stays, whatever its age, with its attachment; on H2 and PostgreSQL.
 */
abstract class OutboxRetentionContract {

    @Autowired
    NotificationOutbox outbox;
    @Autowired
    OutboxRetention retention;
    @Autowired
    NotificationProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aSentMessageLosesItsAttachmentAfterThirtyDaysAndIsDeletedAfterAYearWhileAnUnsentOneStays() {
        clock.set("2031-03-03T10:00+09:00");
        String sent = "kepala-" + UUID.randomUUID() + "@mimikakab.go.id";
        String unsent = "kepala-" + UUID.randomUUID() + "@mimikakab.go.id";
        Attachment pdf = new Attachment("laporan-kinerja.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 });
        outbox.enqueue(NotificationChannel.EMAIL, sent, "Laporan kinerja mingguan", "Terlampir.", pdf);
        outbox.enqueue(NotificationChannel.EMAIL, unsent, "Laporan kinerja mingguan", "Terlampir.", pdf);
        jdbc.sql("update notification_outbox set sent_at = :at, attempts = 1 where recipient = :to")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("to", sent).update();

        clock.advance(properties.attachmentRetention().minusMinutes(1));
        retention.purge();
        assertThat(attachmentKept(sent)).as("younger than the attachment retention").isTrue();

        clock.advance(Duration.ofMinutes(2));
        retention.purge();
        assertThat(attachmentKept(sent)).isFalse();
        assertThat(jdbc.sql("select attachment_name from notification_outbox where recipient = :to").param("to", sent)
                .query(String.class).single()).as("what was attached is still told").isEqualTo("laporan-kinerja.pdf");

        clock.advance(properties.sentRetention());
        retention.purge();
        assertThat(messages(sent)).isZero();
        assertThat(messages(unsent)).isOne();
        assertThat(attachmentKept(unsent)).isTrue();
    }

    private boolean attachmentKept(String recipient) {
        return jdbc.sql("select count(*) from notification_outbox where recipient = :to and attachment_content is not null")
                .param("to", recipient).query(Long.class).single() == 1;
    }

    private long messages(String recipient) {
        return jdbc.sql("select count(*) from notification_outbox where recipient = :to").param("to", recipient)
                .query(Long.class).single();
    }
}
