package id.go.mimikakab.calendar.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.HolidayKind;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.system.InvalidParameterException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON access to the holiday calendar and to deadline arithmetic in working days. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    private final HolidayCalendar calendar;

    CalendarApiController(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/holidays")
    List<HolidayJson> holidays(@RequestParam int year) {
        if (year < 1900 || year > 2200) {
            throw new InvalidParameterException("year", "Parameter 'year' must be between 1900 and 2200.");
        }
        return calendar.holidaysIn(year).stream()
                .map(h -> new HolidayJson(h.date().toString(), h.kind(), h.name()))
                .toList();
    }

    @GetMapping("/deadline")
    DeadlineJson deadline(@RequestParam String from, @RequestParam int workingDays) {
        OffsetDateTime start = parseInstant(from);
        if (start.getYear() < 1900 || start.getYear() > 2200) {
            throw new InvalidParameterException("from", "Parameter 'from' must lie between the years 1900 and 2200.");
        }
        WorkingDays days;
        try {
            days = WorkingDays.of(workingDays);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("workingDays",
                    "Parameter 'workingDays' must be between 1 and " + WorkingDays.MAX + ".");
        }
        OffsetDateTime due = calendar.deadline(start.toInstant(), days);
        return new DeadlineJson(start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), workingDays,
                due.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /**
     * Parses an ISO-8601 instant with offset. A '+' left unencoded in a query string arrives as a space,
     * so a space before the offset is read as the '+' the caller meant.
     */
    private static OffsetDateTime parseInstant(String value) {
        String text = value.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("from",
                    "Parameter 'from' must be an ISO-8601 date-time with offset, e.g. 2026-11-28T10:30:00+09:00 (encode '+' as %2B).");
        }
    }

    record HolidayJson(String date, HolidayKind kind, String name) {
    }

    record DeadlineJson(String from, int workingDays, String due) {
    }
}
