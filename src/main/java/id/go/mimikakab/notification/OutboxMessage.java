package id.go.mimikakab.notification;

/** One message of the outbox as a sender gets it; {@code attempts} counts earlier tries, this one included. */
public record OutboxMessage(long id, NotificationChannel channel, String recipient, String subject, String body,
        int attempts) {
}
