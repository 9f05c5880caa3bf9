package id.go.mimikakab.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table where messages wait until a sender delivers them. A message is queued in the transaction of
 * the change that causes it, so it exists exactly when the change does, whether or not a server is reachable.
 */
@Component
public class NotificationOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues one message in the caller's transaction, due at once. */
    @Transactional
    public void enqueue(NotificationChannel channel, String recipient, String subject, String body) {
        enqueue(channel, recipient, subject, body, null);
    }

    /**
     * Queues one message in the caller's transaction unless a message with the same key was queued before: a notice
     * for an event (the key names the event and the recipient) is then queued once however often the event is
     * handled, e.g. again after a crash. True when it was queued now.
     */
    @Transactional
    public boolean enqueueOnce(String dedupeKey, NotificationChannel channel, String recipient, String subject, String body) {
        if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > 200) {
            throw new IllegalArgumentException("A key of 1 to 200 characters is required");
        }
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A message needs a recipient");
        }
        Instant now = clock.instant();
        // a plain insert would abort a PostgreSQL transaction on a duplicate; a second handler racing this one fails
        // on the unique index instead, and its event is handled again later, when the message is found queued
        return jdbc.sql("""
                        insert into notification_outbox (channel, recipient, subject, body, created_at, attempts, next_attempt_at,
                                                         dedupe_key)
                        select :channel, :recipient, :subject, :body, :now, 0, :now, :key
                        where not exists (select 1 from notification_outbox where dedupe_key = :key)""")
                .param("channel", channel.name())
                .param("recipient", recipient.strip())
                .param("subject", cut(subject, 300))
                .param("body", cut(body, 8000))
                .param("now", utc(now))
                .param("key", dedupeKey)
                .update() == 1;
    }

    /**
     * Queues one message with an optional attachment in the caller's transaction, due at once. Only e-mails
     * carry attachments; text and WhatsApp messages are refused one.
     */
    @Transactional
    public void enqueue(NotificationChannel channel, String recipient, String subject, String body, Attachment attachment) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A message needs a recipient");
        }
        if (attachment != null && channel != NotificationChannel.EMAIL) {
            throw new IllegalArgumentException("Only e-mails carry attachments, not " + channel);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into notification_outbox (channel, recipient, subject, body, created_at, attempts, next_attempt_at,
                                                         attachment_name, attachment_type, attachment_content)
                        values (:channel, :recipient, :subject, :body, :now, 0, :now, :attachmentName, :attachmentType,
                                :attachmentContent)""")
                .param("channel", channel.name())
                .param("recipient", recipient.strip())
                .param("subject", cut(subject, 300))
                .param("body", cut(body, 8000))
                .param("now", utc(now))
                .param("attachmentName", attachment == null ? null : attachment.name(), Types.VARCHAR)
                .param("attachmentType", attachment == null ? null : attachment.contentType(), Types.VARCHAR)
                .param("attachmentContent", attachment == null ? null : attachment.content(), Types.BINARY)
                .update();
    }

    /** Unsent messages of the given channels that are due and have attempts left, oldest due first. */
    List<OutboxMessage> due(Instant now, Collection<NotificationChannel> channels, int maxAttempts, int limit) {
        return jdbc.sql("""
                        select id, channel, recipient, subject, body, attempts, attachment_name, attachment_type,
                               attachment_content
                        from notification_outbox
                        where sent_at is null and attempts < :max and next_attempt_at <= :now and channel in (:channels)
                        order by next_attempt_at, id
                        limit :limit""")
                .param("max", maxAttempts)
                .param("now", utc(now))
                .param("channels", channels.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query((rs, n) -> new OutboxMessage(rs.getLong("id"), NotificationChannel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"),
                        attachment(rs)))
                .list();
    }

    /**
     * Claims a message for one attempt: counts the attempt and hides the message until {@code until}, so that a
     * node that dies while sending leaves it to be tried again then. Only one of several concurrent claims of the
     * same message wins, because each requires the attempt count it read.
     *
     * @return the claimed message with its new attempt count, or {@code null} when someone else claimed it first
     */
    OutboxMessage claim(OutboxMessage message, Instant now, Instant until) {
        int updated = jdbc.sql("""
                        update notification_outbox set attempts = attempts + 1, next_attempt_at = :until
                        where id = :id and attempts = :attempts and sent_at is null and next_attempt_at <= :now""")
                .param("until", utc(until))
                .param("id", message.id())
                .param("attempts", message.attempts())
                .param("now", utc(now))
                .update();
        return updated == 1 ? new OutboxMessage(message.id(), message.channel(), message.recipient(), message.subject(),
                message.body(), message.attempts() + 1, message.attachment()) : null;
    }

    void sent(long id, Instant at) {
        jdbc.sql("update notification_outbox set sent_at = :at, last_error = null where id = :id")
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    void failed(long id, Instant retryAt, String error) {
        jdbc.sql("update notification_outbox set next_attempt_at = :retryAt, last_error = :error where id = :id")
                .param("retryAt", utc(retryAt))
                .param("error", cut(error, 1000))
                .param("id", id)
                .update();
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        String name = rs.getString("attachment_name");
        return name == null ? null : new Attachment(name, rs.getString("attachment_type"), rs.getBytes("attachment_content"));
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
