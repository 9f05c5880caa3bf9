package id.go.mimikakab.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps sent messages only as long as they are useful, on one node at a time: the attachment of a sent e-mail (the
 * weekly PDF, which can be made again for any week) is dropped after {@code mimika.notification.attachment-retention},
 * the sent message itself deleted after {@code mimika.notification.sent-retention}. Unsent messages stay whatever
 * their age, so a message the dispatcher gave up on remains visible with its last error.
 */
@Component
class OutboxRetention {

    /** Rows changed per statement, so a first purge of a large table holds no lock for long. */
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final JdbcClient jdbc;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxRetention(JdbcClient jdbc, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mimika.notification.purge-interval:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "outbox-purge", lockAtMostFor = "PT30M")
    public void purge() {
        Instant now = clock.instant();
        int attachments = repeat("""
                update notification_outbox set attachment_content = null
                where id in (select id from notification_outbox
                             where sent_at < :before and attachment_content is not null limit :batch)""",
                now.minus(properties.attachmentRetention()));
        int messages = repeat("""
                delete from notification_outbox
                where id in (select id from notification_outbox where sent_at < :before limit :batch)""",
                now.minus(properties.sentRetention()));
        if (attachments + messages > 0) {
            log.info("Outbox retention: {} attachments dropped, {} sent messages deleted", attachments, messages);
        }
    }

    private int repeat(String sql, Instant before) {
        int total = 0;
        int changed;
        do {
            changed = jdbc.sql(sql).param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).param("batch", BATCH)
                    .update();
            total += changed;
        } while (changed == BATCH);
        return total;
    }
}
