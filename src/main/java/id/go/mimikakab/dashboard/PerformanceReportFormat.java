package id.go.mimikakab.dashboard;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.region.District;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.system.Wit;

/**
 * Writes the values of a performance report the way Indonesians write them, in WIT ("Senin, 3 Maret 2031,
 * 07.00 WIT", "87%", "2,5"), and turns codes into names; the PDF templates reach it as {@code fmt}. It is fixed
 * to Bahasa Indonesia, since the report is an official document that also goes out by e-mail, with no request
 * whose language could be followed.
 */
public final class PerformanceReportFormat {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH.mm 'WIT'", INDONESIAN)
            .withZone(Wit.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", INDONESIAN).withZone(Wit.ZONE);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", INDONESIAN);
    private static final String NONE = "–";

    private final Instant now;
    private final WorkingDayCalendar calendar;
    private final Map<String, String> agencies;
    private final Map<String, String> categories;
    private final Map<String, String> districts;

    PerformanceReportFormat(Instant now, WorkingDayCalendar calendar, Iterable<Agency> agencies,
            Iterable<ReportCategory> categories, Iterable<District> districts) {
        this.now = now;
        this.calendar = calendar;
        this.agencies = names(agencies, Agency::code, Agency::shortName);
        this.categories = names(categories, ReportCategory::code, ReportCategory::name);
        this.districts = names(districts, District::code, District::name);
    }

    public String dateTime(Instant instant) {
        return when(instant);
    }

    /** "Senin, 3 Maret 2031, 07.00 WIT". */
    static String when(Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? NONE : DATE.format(instant);
    }

    public String week(LocalDate monday) {
        return monday == null ? NONE : WEEK.format(monday);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }

    /** A rate of 0..1 as a whole percentage, "87%"; a dash when there is none. */
    public String percent(Double rate) {
        return rate == null ? NONE : Math.round(rate * 100) + "%";
    }

    /** One decimal with the Indonesian decimal comma, "2,5"; a dash when there is none. */
    public String decimal(Double value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Working days from the day after {@code since} up to today, as the dashboard counts "merah sejak". */
    public int workingDaysSince(Instant since) {
        if (since == null) {
            return 0;
        }
        LocalDate today = Wit.dateOf(now);
        LocalDate from = Wit.dateOf(since).plusDays(1);
        return from.isAfter(today) ? 0 : calendar.workingDaysBetween(from, today);
    }

    public String agency(String code) {
        return code == null ? NONE : agencies.getOrDefault(code, code);
    }

    public String category(String code) {
        return code == null ? NONE : categories.getOrDefault(code, code);
    }

    public String district(String code) {
        return code == null ? NONE : districts.getOrDefault(code, code);
    }

    private static <T> Map<String, String> names(Iterable<T> items, Function<T, String> code, Function<T, String> name) {
        return java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .collect(Collectors.toMap(code, name, (a, b) -> a));
    }
}
