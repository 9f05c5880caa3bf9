package id.go.mimikakab.health;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The hours a unit is open on one weekday, in WIT. */
public record OpeningHours(DayOfWeek weekday, LocalTime opensAt, LocalTime closesAt) {

    public OpeningHours {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A unit closes after it opens");
        }
    }
}
