package id.go.mimikakab.report.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import id.go.mimikakab.calendar.Countdown;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.system.Wit;

import org.springframework.stereotype.Component;

/**
 * Turns deadlines and submission times into the relative words citizens read ("sisa 2 hari kerja",
 * "terlambat 3 hari kerja", "3 hari lalu"); available in templates as {@code @citizenClock}.
 */
@Component("citizenClock")
public class CitizenClock {

    private final HolidayCalendar calendar;
    private final Clock clock;

    CitizenClock(HolidayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The working days left until a deadline, or how many it is overdue; {@code null} without a deadline. */
    public TimeLeft left(Instant due) {
        if (due == null) {
            return null;
        }
        Countdown countdown = calendar.workingDays().countdown(due, clock.instant());
        return new TimeLeft(countdown.late(), countdown.dueToday(), countdown.workingDays());
    }

    /**
     * The year of a deadline, as text, when the calendar holds no holidays for that year yet (the decree is not out),
     * so the deadline may still move; otherwise {@code null}.
     */
    public String yearWithoutHolidays(Instant due) {
        if (due == null) {
            return null;
        }
        int year = Wit.dateOf(due).getYear();
        return calendar.workingDays().holidaysKnownFor(year) ? null : String.valueOf(year);
    }

    /** Calendar days since an instant, in WIT: 0 today, 1 yesterday. */
    public long ageInDays(Instant since) {
        return since == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(Wit.dateOf(since), Wit.dateOf(clock.instant())));
    }

    /** A ticket spelled out character by character, for screen readers and for reading over the phone. */
    public String spelled(String ticket) {
        return ticket == null ? "" : String.join(" ", ticket.split(""));
    }

    /**
     * Time left until a deadline: {@code late} with the working days overdue (0 when it passed on a day off),
     * otherwise the working days left counting today, with {@code dueToday} on the last day.
     */
    public record TimeLeft(boolean late, boolean dueToday, int days) {
    }
}
