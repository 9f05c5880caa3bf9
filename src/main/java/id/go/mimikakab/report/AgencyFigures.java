package id.go.mimikakab.report;

/**
 * An agency's counts of open reports by light now, its on-time follow-up rate over the last 90 days (null
 * when nothing was due) and its median follow-up time in working days.
 */
public record AgencyFigures(String agencyCode, int red, int yellow, int green, Double onTimeRate,
        Double medianFollowUpWorkingDays) {
}
