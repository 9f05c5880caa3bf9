package id.go.mimikakab.dashboard.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.system.Wit;

/** Says in working days how long ago an instant was, or how long until it comes: "merah sejak 3 hari kerja", "sisa 2 hari kerja". */
public record WorkingDaysAgo(HolidayCalendar calendar, Clock clock) {

    /** Working days since {@code since} passed, counted as a late {@link id.go.mimikakab.calendar.Countdown}. */
    /** The WIT date of a moment, for "merah sejak 30 November 2026". */
    public LocalDate dateOf(Instant instant) {
        return Wit.dateOf(instant);
    }

    public int since(Instant since) {
        return since == null ? 0 : calendar.workingDays().countdown(since, clock.instant()).workingDays();
    }

    /** Working days left until {@code until}, today included while it lasts. */
    public int until(Instant until) {
        return until == null ? 0 : calendar.workingDays().countdown(until, clock.instant()).workingDays();
    }

    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }
}
