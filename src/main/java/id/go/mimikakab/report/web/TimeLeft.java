package id.go.mimikakab.report.web;

import java.time.Instant;

import id.go.mimikakab.calendar.Countdown;
import id.go.mimikakab.calendar.WorkingDayCalendar;

/**
 * The time left before a deadline in working days, as staff read it: "sisa 2 hari kerja", "tenggat hari ini",
 * "terlambat 3 hari kerja"; {@code key} is the message key and {@code days} its argument.
 */
public record TimeLeft(String key, int days, boolean late) {

    private static final TimeLeft NONE = new TimeLeft("report.staff.timeLeft.none", 0, false);

    /** The words for a deadline at {@code now}, counted as {@link Countdown} counts them. */
    static TimeLeft of(Instant dueAt, Instant now, WorkingDayCalendar calendar) {
        if (dueAt == null) {
            return NONE;
        }
        Countdown countdown = calendar.countdown(dueAt, now);
        if (countdown.dueToday()) {
            return new TimeLeft("report.staff.timeLeft.today", 0, false);
        }
        if (!countdown.late()) {
            return new TimeLeft("report.staff.timeLeft.left", countdown.workingDays(), false);
        }
        return countdown.workingDays() == 0 ? new TimeLeft("report.staff.timeLeft.justLate", 0, true)
                : new TimeLeft("report.staff.timeLeft.late", countdown.workingDays(), true);
    }

    public boolean none() {
        return NONE.key.equals(key);
    }
}
