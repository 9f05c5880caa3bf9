package id.go.mimikakab.health;

import java.time.LocalDate;

/** A day on which a unit differs from its week: open on a holiday, or closed on a usual day. */
public record DayOverride(LocalDate day, boolean open, String note) {
}
