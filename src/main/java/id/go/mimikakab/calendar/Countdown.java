package id.go.mimikakab.calendar;

/**
 * How a deadline stands at a moment, in working days as people say it: "sisa 3 hari kerja" counts today while
 * it lasts and the deadline's own day; "tenggat hari ini" on the last day; "terlambat 2 hari kerja" counts the
 * working days after the deadline's day up to today (0 when it passed only hours ago or on a day off).
 */
public record Countdown(boolean late, boolean dueToday, int workingDays) {
}
