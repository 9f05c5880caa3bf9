package id.go.mimikakab.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the dashboard module: how long one computation of the standings or of a trend is shared between viewers
 * ({@link SharedFigures}). When the weekly performance reports are e-mailed is
 * {@code mimika.dashboard.weekly-report-cron}, read by the mailing's schedule.
 */
@ConfigurationProperties("mimika.dashboard")
public record DashboardProperties(Duration figuresMaxAge) {

    public DashboardProperties {
        figuresMaxAge = figuresMaxAge == null ? Duration.ofSeconds(5) : figuresMaxAge;
        if (figuresMaxAge.isNegative()) {
            throw new IllegalArgumentException("mimika.dashboard.figures-max-age must not be negative");
        }
    }
}
