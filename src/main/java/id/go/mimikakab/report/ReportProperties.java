package id.go.mimikakab.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reports module: abuse limits on public submissions and "me too" votes per client
 * address, how long idempotency keys are remembered, an optional fixed key for report PINs, how many
 * reports the demo history generates (demo mode only), and how many threads store submissions in batches
 * (0: each submission in its own transaction).
 */
@ConfigurationProperties("mimika.report")
public record ReportProperties(Integer submissionsPerHour, Integer meTooPerHour, Duration idempotencyRetention,
        String pinSecret, Integer demoHistoryReports, Integer intakeWriters) {

    public ReportProperties {
        submissionsPerHour = submissionsPerHour == null ? 20 : submissionsPerHour;
        meTooPerHour = meTooPerHour == null ? 30 : meTooPerHour;
        idempotencyRetention = idempotencyRetention == null ? Duration.ofDays(7) : idempotencyRetention;
        demoHistoryReports = demoHistoryReports == null ? DemoHistory.REPORTS : demoHistoryReports;
        intakeWriters = intakeWriters == null ? 2 : intakeWriters;
    }
}
