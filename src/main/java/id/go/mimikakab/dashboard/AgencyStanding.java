package id.go.mimikakab.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One agency's line in the league table: open cases by light, since when its oldest red case is red, the
 * share of follow-ups due in the last 90 days that came in time, the median follow-up time in working days,
 * and the weekly on-time rate of the last weeks (oldest first; {@code null} for a week without follow-ups).
 */
public record AgencyStanding(String agencyCode, String agencyName, long red, long yellow, long green,
        Instant oldestRedSince, Double onTimeRate, Double medianFollowUpWorkingDays, List<Double> weeklyOnTimeRate) {
}
