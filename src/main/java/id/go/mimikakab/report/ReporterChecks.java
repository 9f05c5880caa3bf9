package id.go.mimikakab.report;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises the e-mail addresses citizens type (mobile numbers are {@link id.go.mimikakab.system.PhoneNumber}). */
final class ReporterChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private ReporterChecks() {
    }

    static String email(String typed) {
        String clean = typed.strip().toLowerCase(Locale.ROOT);
        return clean.length() <= 200 && EMAIL.matcher(clean).matches() ? clean : null;
    }
}
