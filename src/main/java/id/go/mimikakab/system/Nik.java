package id.go.mimikakab.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Nomor Induk Kependudukan checked for form only: 16 digits, a Mimika region code (9404 new, 9109 old, or any
 * code of the provinces 94 and 91), and a real birth date DDMMYY after taking away the 40 added to the day for
 * women. There is no check digit, so a well-formed NIK may still belong to nobody.
 */
public record Nik(String value) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{16}");

    /** Why a typed NIK was refused, as a message key suffix and an English sentence for APIs. */
    public enum Problem {
        /** Not 16 digits. */
        LENGTH("A NIK has exactly 16 digits."),
        /** Not registered in Papua (91) or Papua Tengah (94). */
        REGION("A NIK from Mimika starts with 94 or 91."),
        /** Digits 7 to 12 are no real birth date. */
        BIRTH_DATE("Digits 7 to 12 of a NIK are a birth date DDMMYY (day + 40 for women).");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public Nik {
        Optional<Problem> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().description());
        }
    }

    /** The NIK of typed text (spaces and dots removed), or empty when it is not a well-formed NIK. */
    public static Optional<Nik> parse(String typed) {
        String clean = strip(typed);
        return problemWith(clean).isPresent() ? Optional.empty() : Optional.of(new Nik(clean));
    }

    /** What is wrong with typed text as a NIK, or empty when nothing is. */
    public static Optional<Problem> check(String typed) {
        return problemWith(strip(typed));
    }

    private static String strip(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
    }

    private static Optional<Problem> problemWith(String digits) {
        if (digits == null || !DIGITS.matcher(digits).matches()) {
            return Optional.of(Problem.LENGTH);
        }
        if (!digits.startsWith("94") && !digits.startsWith("91")) {
            return Optional.of(Problem.REGION);
        }
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        int year = Integer.parseInt(digits.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        try {
            // the century is not written; 2000 is a leap year like 1900 is not, so 29 February 00 is accepted
            LocalDate.of(2000 + year, month, day);
        } catch (DateTimeException e) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return Optional.empty();
    }

    /** Whether the NIK's holder was registered as a woman (day of birth written plus 40). */
    public boolean female() {
        return Integer.parseInt(value.substring(6, 8)) > 40;
    }

    /** The NIK with all but the first four and last two digits hidden, for screens that need no more. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
