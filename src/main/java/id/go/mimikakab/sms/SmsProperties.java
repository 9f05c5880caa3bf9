package id.go.mimikakab.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the SMS channel: the Gammu gateway's PostgreSQL database ({@code gateway.url}, off when unset), how
 * often its inbox is read and how many rows at a time, how long the parts of a long message are awaited, how many
 * messages one sender may send an hour, and at most how many parts an outgoing message has.
 */
@ConfigurationProperties("mimika.sms")
public record SmsProperties(Gateway gateway, Duration pollInterval, Integer batchSize, Duration partsWait,
        Integer messagesPerSenderPerHour, Integer maxParts) {

    public SmsProperties {
        gateway = gateway == null ? new Gateway(null, null, null) : gateway;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        batchSize = batchSize == null ? 20 : batchSize;
        partsWait = partsWait == null ? Duration.ofMinutes(10) : partsWait;
        messagesPerSenderPerHour = messagesPerSenderPerHour == null ? 10 : messagesPerSenderPerHour;
        maxParts = maxParts == null ? 4 : maxParts;
        if (batchSize < 1 || maxParts < 1 || maxParts > 255) {
            throw new IllegalArgumentException("mimika.sms.batch-size must be at least 1 and max-parts 1 to 255");
        }
    }

    /** Where Gammu SMSD keeps its tables: a JDBC URL of PostgreSQL, with the user and password the program uses. */
    public record Gateway(String url, String username, String password) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
