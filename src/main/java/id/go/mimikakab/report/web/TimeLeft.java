package id.go.mimikakab.report.web;

import java.time.Instant;
import java.time.LocalDate;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.system.Wit;

/**
 * The time left before a deadline in working days, as staff read it: "sisa 2 hari kerja", "tenggat hari ini",
 * "terlambat 3 hari kerja"; {@code key} is the message key and {@code days} its argument.
 */
public record TimeLeft(String key, int days, boolean late) {

    private static final TimeLeft NONE = new TimeLeft("report.staff.timeLeft.none", 0, false);

    /** Counts from the day after today to the deadline's day, as a paused clock counts what it has left. */
    static TimeLeft of(Instant dueAt, Instant now, WorkingDayCalendar calendar) {
        if (dueAt == null) {
            return NONE;
        }
        LocalDate today = Wit.dateOf(now);
        LocalDate due = Wit.dateOf(dueAt);
        if (!now.isAfter(dueAt)) {
            int left = calendar.workingDaysBetween(today.plusDays(1), due);
            return left == 0 ? new TimeLeft("report.staff.timeLeft.today", 0, false)
                    : new TimeLeft("report.staff.timeLeft.left", left, false);
        }
        int over = calendar.workingDaysBetween(due.plusDays(1), today);
        return over == 0 ? new TimeLeft("report.staff.timeLeft.justLate", 0, true)
                : new TimeLeft("report.staff.timeLeft.late", over, true);
    }

    public boolean none() {
        return NONE.key.equals(key);
    }
}
