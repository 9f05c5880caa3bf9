package id.go.mimikakab.notification;

/**
 * Delivers the messages of one channel. A channel without a sender bean keeps its messages queued in the
 * outbox; they are never marked sent.
 */
public interface NotificationSender {

    NotificationChannel channel();

    /** Delivers one message, or throws so that the dispatcher tries again later. */
    void send(OutboxMessage message);
}
