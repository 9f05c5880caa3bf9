package id.go.mimikakab.dashboard;

import java.time.LocalDate;

/** One week of the regency's trend: cases received, follow-ups given and how many of those were in time. */
public record WeekFigures(LocalDate weekStart, long received, long followedUp, long followedUpOnTime) {

    public Double onTimeRate() {
        return followedUp == 0 ? null : (double) followedUpOnTime / followedUp;
    }
}
