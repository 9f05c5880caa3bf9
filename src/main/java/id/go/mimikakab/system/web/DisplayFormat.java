package id.go.mimikakab.system.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.go.mimikakab.system.Wit;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats dates, times and numbers the way Indonesians write them, always in WIT
 * ("Sabtu, 28 November 2026, 10.30 WIT"); available in templates as {@code @fmt}.
 */
@Component("fmt")
public class DisplayFormat {

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String time = english(locale) ? "HH:mm" : "HH.mm";
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, " + time, locale).format(instant.atZone(Wit.ZONE)) + " WIT";
    }

    public String dateTime(OffsetDateTime dateTime) {
        return dateTime == null ? "" : dateTime(dateTime.toInstant());
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", LocaleContextHolder.getLocale()).format(date);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
