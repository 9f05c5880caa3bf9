package id.go.mimikakab.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due messages of the outbox with the sender of their channel. A failed attempt is recorded with its
 * error and tried again after a wait that doubles each time, up to a limit of attempts after which the message
 * stays unsent and visible. The scheduled run holds a cluster-wide lock, and each message is claimed before it
 * is sent, so that no message goes out twice even when two runs overlap.
 */
@Component
class NotificationDispatcher {

    /** How long a claimed message stays hidden from other runs; longer than any send with the SMTP timeouts set. */
    static final Duration CLAIM = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationOutbox outbox;
    private final Map<NotificationChannel, NotificationSender> senders = new EnumMap<>(NotificationChannel.class);
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationDispatcher(NotificationOutbox outbox, List<NotificationSender> senders, NotificationProperties properties,
            Clock clock) {
        this.outbox = outbox;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.clock = clock;
        if (!this.senders.containsKey(NotificationChannel.EMAIL)) {
            log.warn("E-mail is not configured (spring.mail.host is not set): e-mails wait in the outbox until it is");
        }
        Set<NotificationChannel> unsent = EnumSet.allOf(NotificationChannel.class);
        unsent.removeAll(this.senders.keySet());
        unsent.remove(NotificationChannel.EMAIL);
        if (!unsent.isEmpty()) {
            log.info("No sender configured for {}: such messages stay queued in the outbox", unsent);
        }
    }

    @Scheduled(fixedDelayString = "${mimika.notification.dispatch-interval:PT5S}",
            initialDelayString = "${mimika.notification.dispatch-interval:PT5S}")
    @SchedulerLock(name = "notification-dispatch", lockAtMostFor = "PT15M")
    public void dispatchOnSchedule() {
        dispatchDue();
    }

    /** Sends every message that is due now, batch after batch; answers how many were delivered. */
    public int dispatchDue() {
        if (senders.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        while (true) {
            Instant now = clock.instant();
            List<OutboxMessage> batch = outbox.due(now, senders.keySet(), properties.maxAttempts(), properties.batchSize());
            int claimed = 0;
            for (OutboxMessage candidate : batch) {
                OutboxMessage message = outbox.claim(candidate, now, now.plus(CLAIM));
                if (message != null) {
                    claimed++;
                    delivered += attempt(message) ? 1 : 0;
                }
            }
            if (batch.size() < properties.batchSize() || claimed == 0) {
                return delivered;
            }
        }
    }

    private boolean attempt(OutboxMessage message) {
        try {
            senders.get(message.channel()).send(message);
            outbox.sent(message.id(), clock.instant());
            return true;
        } catch (RuntimeException e) {
            Instant now = clock.instant();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (message.attempts() >= properties.maxAttempts()) {
                log.error("Giving up on {} message {} to {} after {} attempts: {}", message.channel(), message.id(),
                        message.recipient(), message.attempts(), error);
                outbox.failed(message.id(), now, error);
            } else {
                Duration wait = properties.retryDelay(message.attempts());
                log.warn("{} message {} not sent (attempt {}), trying again in {}: {}", message.channel(), message.id(),
                        message.attempts(), wait, error);
                outbox.failed(message.id(), now.plus(wait), error);
            }
            return false;
        }
    }
}
