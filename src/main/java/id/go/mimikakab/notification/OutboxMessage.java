package id.go.mimikakab.notification;

/**
 * One message of the outbox as a sender gets it; {@code attempts} counts earlier tries, this one included.
 * {@code attachment} is {@code null} for most messages and only ever set on e-mails.
 */
public record OutboxMessage(long id, NotificationChannel channel, String recipient, String subject, String body,
        int attempts, Attachment attachment) {

    /** A message without attachment. */
    public OutboxMessage(long id, NotificationChannel channel, String recipient, String subject, String body, int attempts) {
        this(id, channel, recipient, subject, body, attempts, null);
    }
}
