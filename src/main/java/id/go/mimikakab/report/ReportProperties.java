package id.go.mimikakab.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reports module: abuse limits per client address on public submissions, "me too" votes and
 * PINs tried (0 switches a limit off, e.g. for a load test), how long idempotency keys are remembered, an optional fixed key for report PINs, how many
 * reports the demo history generates (demo mode only), and how many threads store submissions in batches
 * (0: each submission in its own transaction) and how long a submission waits for its batch to be taken up before it
 * is stored on its own.
 */
@ConfigurationProperties("mimika.report")
public record ReportProperties(Integer submissionsPerHour, Integer meTooPerHour, Integer wrongPinsPerHour,
        Duration idempotencyRetention, String pinSecret, Integer demoHistoryReports, Integer intakeWriters,
        Duration intakeWait) {

    public ReportProperties {
        submissionsPerHour = submissionsPerHour == null ? 20 : submissionsPerHour;
        meTooPerHour = meTooPerHour == null ? 30 : meTooPerHour;
        wrongPinsPerHour = wrongPinsPerHour == null ? 30 : wrongPinsPerHour;
        idempotencyRetention = idempotencyRetention == null ? Duration.ofDays(7) : idempotencyRetention;
        demoHistoryReports = demoHistoryReports == null ? DemoHistory.REPORTS : demoHistoryReports;
        intakeWriters = intakeWriters == null ? 2 : intakeWriters;
        intakeWait = intakeWait == null ? Duration.ofSeconds(30) : intakeWait;
    }
}
