package id.go.mimikakab.calendar;

import java.time.LocalDate;

/** Refuses a holiday that the calendar already has under the same date and name. */
public class DuplicateHolidayException extends RuntimeException {

    public DuplicateHolidayException(LocalDate date, String name) {
        super("The calendar already has '" + name + "' on " + date);
    }
}
