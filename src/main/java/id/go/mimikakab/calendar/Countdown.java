package id.go.mimikakab.calendar;

/**
 * How a deadline stands at a moment, in working days as people say it, counted the way the rules count them:
 * "sisa 3 hari kerja" counts the working days after today up to the deadline's day, so a report routed today under
 * the five-day rule has "sisa 5 hari kerja", matching "paling lambat 5 hari kerja"; "tenggat hari ini" on the last
 * day; "terlambat 2 hari kerja" counts the working days after the deadline's day up to today (0 when it passed only
 * hours ago or on a day off).
 */
public record Countdown(boolean late, boolean dueToday, int workingDays) {
}
