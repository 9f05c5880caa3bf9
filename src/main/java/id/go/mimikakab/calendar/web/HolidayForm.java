package id.go.mimikakab.calendar.web;

import java.time.LocalDate;

import id.go.mimikakab.calendar.HolidayKind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's form for adding a day to the holiday calendar. */
record HolidayForm(
        @NotNull(message = "{holiday.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull(message = "{holiday.kind.required}") HolidayKind kind,
        @NotBlank(message = "{holiday.name.required}") @Size(max = 200, message = "{field.tooLong}") String name) {

    static HolidayForm empty() {
        return new HolidayForm(null, HolidayKind.REGIONAL, "");
    }
}
