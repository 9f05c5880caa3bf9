package id.go.mimikakab.citizen;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A Nomor Induk Kependudukan checked for form only, never looked up: 16 digits, the region code of first
 * registration starting 94 (Papua Tengah, new numbers 9404) or 91 (old Mimika numbers 9109), and a real birth date
 * DDMMYY in digits 7 to 12, with 40 added to the day for women. There is no check digit.
 */
public record Nik(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{16}");

    public Nik {
        if (value == null || !valid(value)) {
            throw new IllegalArgumentException("Not a NIK: 16 digits, starting 94 or 91, with a valid birth date");
        }
    }

    /** Whether the typed text, with spaces and dots around digits removed, is a NIK by form. */
    public static boolean valid(String typed) {
        if (typed == null || !DIGITS.matcher(typed).matches()) {
            return false;
        }
        if (!typed.startsWith("94") && !typed.startsWith("91")) {
            return false;
        }
        return birthDate(typed) != null;
    }

    /** The NIK from text as people type it (spaces and dots allowed between digits). */
    public static Nik parse(String typed) {
        return new Nik(typed == null ? null : typed.replace(" ", "").replace(".", "").strip());
    }

    /** Whether the holder was registered as a woman (40 added to the day of birth). */
    public boolean female() {
        return Integer.parseInt(value.substring(6, 8)) > 40;
    }

    /** The NIK with all but the region and the last two digits hidden, for pages others see. */
    public String masked() {
        return value.substring(0, 4) + "********" + value.substring(12, 14) + "**";
    }

    private static LocalDate birthDate(String nik) {
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        try {
            // the century is not in the number; a day that exists in either century is a valid date
            return LocalDate.of(2000 + year, month, day);
        } catch (DateTimeException e) {
            try {
                return LocalDate.of(1900 + year, month, day);
            } catch (DateTimeException again) {
                return null;
            }
        }
    }
}
