package id.go.mimikakab.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of health bookings ({@code mimika.health}): how many days ahead citizens may book, how often the
 * reminder job runs, the WIT hour from which the day-before reminders go out, and how long the dashboards share one
 * computation of the waiting figures.
 */
@ConfigurationProperties("mimika.health")
public record HealthProperties(@DefaultValue("14") int bookingDaysAhead, @DefaultValue("PT5M") Duration reminderInterval,
        @DefaultValue("16") int reminderHour, @DefaultValue("PT5S") Duration figuresMaxAge) {

    public HealthProperties {
        if (bookingDaysAhead < 1 || bookingDaysAhead > 90) {
            throw new IllegalArgumentException("mimika.health.booking-days-ahead is 1 to 90");
        }
        if (reminderHour < 0 || reminderHour > 23) {
            throw new IllegalArgumentException("mimika.health.reminder-hour is 0 to 23");
        }
        if (figuresMaxAge.isNegative()) {
            throw new IllegalArgumentException("mimika.health.figures-max-age must not be negative");
        }
    }
}
