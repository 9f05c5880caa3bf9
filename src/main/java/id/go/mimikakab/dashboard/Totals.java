package id.go.mimikakab.dashboard;

/**
 * The regency at a glance: open cases by light, all open cases, and the responses of the last 90 days that
 * came after their deadline.
 */
public record Totals(long red, long yellow, long green, long open, long lateLast90Days) {
}
