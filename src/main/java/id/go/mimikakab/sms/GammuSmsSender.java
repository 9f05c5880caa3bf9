package id.go.mimikakab.sms;

import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.NotificationSender;
import id.go.mimikakab.notification.OutboxMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Delivers the program's SMS notices by handing them to Gammu's outbox, so they go through the notification outbox
 * with its retries. Each notice is marked with its outbox id, so a notice handed over once is not handed over again
 * when the program stopped before it could record the delivery.
 */
@Component
@ConditionalOnProperty(prefix = "mimika.sms.gateway", name = "url")
class GammuSmsSender implements NotificationSender {

    private final GammuOutbox outbox;
    private final GammuDatabase gateway;

    GammuSmsSender(GammuOutbox outbox, GammuDatabase gateway) {
        this.outbox = outbox;
        this.gateway = gateway;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public void send(OutboxMessage message) {
        String creator = "mimika-notice-" + message.id();
        gateway.transactions().executeWithoutResult(tx -> {
            if (!outbox.queuedOrSent(creator)) {
                outbox.queue(message.recipient(), message.body(), creator);
            }
        });
    }
}
