package id.go.mimikakab.calendar;

import java.time.LocalDate;

/** A day on which government offices are closed, with the reason and its name as the decree gives it. */
public record Holiday(long id, LocalDate date, HolidayKind kind, String name) {
}
