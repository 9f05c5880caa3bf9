package id.go.mimikakab.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Eastern Indonesia Time (WIT, UTC+9), the zone in which Mimika's days and deadlines are counted. */
public final class Wit {

    /** The zone every date on screen and every working day is reckoned in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jayapura");

    private Wit() {
    }

    /** The calendar date in Mimika at the given instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
