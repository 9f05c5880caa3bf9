package id.go.mimikakab.report;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises the contact details citizens type: Indonesian mobile numbers and e-mail addresses. */
final class ReporterChecks {

    private static final Pattern PHONE = Pattern.compile("(?:\\+62|62|0)(8\\d{7,10})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private ReporterChecks() {
    }

    /** {@code +62…} for a valid mobile number in any of the usual spellings, or {@code null}. */
    static String phone(String typed) {
        String digits = typed.replaceAll("[\\s.()-]", "");
        var m = PHONE.matcher(digits);
        return m.matches() ? "+62" + m.group(1) : null;
    }

    static String email(String typed) {
        String clean = typed.strip().toLowerCase(Locale.ROOT);
        return clean.length() <= 200 && EMAIL.matcher(clean).matches() ? clean : null;
    }
}
