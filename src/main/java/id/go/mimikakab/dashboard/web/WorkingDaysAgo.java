package id.go.mimikakab.dashboard.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.system.Wit;

/** Says in working days how long ago an instant was, or how long until it comes: "merah sejak 3 hari kerja", "sisa 2 hari kerja". */
public record WorkingDaysAgo(HolidayCalendar calendar, Clock clock) {

    /** Working days from the day after {@code since} up to today; 0 when it is today or later. */
    public int since(Instant since) {
        if (since == null) {
            return 0;
        }
        LocalDate today = Wit.dateOf(clock.instant());
        return calendar.workingDays().workingDaysBetween(Wit.dateOf(since).plusDays(1), today);
    }

    /** Working days from tomorrow up to the day of {@code until}; 0 when it is today or past. */
    public int until(Instant until) {
        if (until == null) {
            return 0;
        }
        LocalDate today = Wit.dateOf(clock.instant());
        return calendar.workingDays().workingDaysBetween(today.plusDays(1), Wit.dateOf(until));
    }

    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }
}
