package id.go.mimikakab.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notifications: the sender address of e-mails, how often a failed message is tried again (the
 * wait doubles from {@code firstRetry} up to {@code longestRetry}) and after how many attempts the dispatcher
 * gives up, leaving the message unsent and visible in the outbox. How often due messages are sent is
 * {@code mimika.notification.dispatch-interval}, read by the dispatcher's schedule. A sent e-mail's attachment is
 * kept {@code attachmentRetention} (30 days), the sent message itself {@code sentRetention} (365 days).
 */
@ConfigurationProperties("mimika.notification")
public record NotificationProperties(String from, Integer maxAttempts, Duration firstRetry, Duration longestRetry,
        Integer batchSize, Duration attachmentRetention, Duration sentRetention) {

    public NotificationProperties {
        from = from == null || from.isBlank() ? "no-reply@mimikakab.go.id" : from.strip();
        maxAttempts = maxAttempts == null ? 20 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        longestRetry = longestRetry == null ? Duration.ofHours(1) : longestRetry;
        batchSize = batchSize == null ? 50 : batchSize;
        attachmentRetention = attachmentRetention == null ? Duration.ofDays(30) : attachmentRetention;
        sentRetention = sentRetention == null ? Duration.ofDays(365) : sentRetention;
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("mimika.notification.max-attempts and batch-size must be at least 1");
        }
        // a sent message is deleted long after any redelivery of the event it answers, which it must still refuse
        if (sentRetention.compareTo(Duration.ofDays(1)) < 0 || attachmentRetention.isNegative()) {
            throw new IllegalArgumentException("mimika.notification.sent-retention must be at least a day, "
                    + "attachment-retention not negative");
        }
    }

    /** The wait after the given number of failed attempts: 1, 2, 4 … times {@code firstRetry}, at most {@code longestRetry}. */
    public Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts, 1) - 1, 30));
        return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
    }
}
