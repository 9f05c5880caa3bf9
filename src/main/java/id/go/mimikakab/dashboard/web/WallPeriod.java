package id.go.mimikakab.dashboard.web;

import java.time.Duration;
import java.time.Instant;

import id.go.mimikakab.system.Wit;

/**
 * How far back the wall looks: every open report whenever received (the default, so that the queue counts what the
 * totals count), or those received today (in WIT), in the last 7 days or in the last 30 days.
 */
public enum WallPeriod {
    ALL("all"),
    TODAY("today"),
    WEEK("7d"),
    MONTH("30d");

    private final String param;

    WallPeriod(String param) {
        this.param = param;
    }

    /** The value of the {@code period} parameter; the form and links use it. */
    public String param() {
        return param;
    }

    Instant since(Instant now) {
        return switch (this) {
            case ALL -> Instant.EPOCH;
            case TODAY -> Wit.dateOf(now).atStartOfDay(Wit.ZONE).toInstant();
            case WEEK -> now.minus(Duration.ofDays(7));
            case MONTH -> now.minus(Duration.ofDays(30));
        };
    }

    /** The period a parameter names; an unknown or missing one is the default, every open report. */
    static WallPeriod of(String param) {
        for (WallPeriod period : values()) {
            if (period.param.equals(param)) {
                return period;
            }
        }
        return ALL;
    }
}
