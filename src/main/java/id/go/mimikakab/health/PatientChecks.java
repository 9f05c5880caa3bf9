package id.go.mimikakab.health;

import java.util.Locale;
import java.util.regex.Pattern;

/** Form checks of a patient's phone number, e-mail address and BPJS/JKN card number. */
final class PatientChecks {

    private static final Pattern PHONE = Pattern.compile("(?:\\+62|62|0)(8\\d{7,10})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern JKN = Pattern.compile("[0-9]{13}");

    private PatientChecks() {
    }

    /** The number as +62…, or null when it is no Indonesian mobile number. */
    static String phone(String typed) {
        if (typed == null) {
            return null;
        }
        var m = PHONE.matcher(typed.replaceAll("[\\s.()-]", ""));
        return m.matches() ? "+62" + m.group(1) : null;
    }

    static String email(String typed) {
        String clean = typed.strip().toLowerCase(Locale.ROOT);
        return clean.length() <= 200 && EMAIL.matcher(clean).matches() ? clean : null;
    }

    /** The 13 digits of a JKN-KIS card, or null when it has not that form. */
    static String jkn(String typed) {
        String clean = typed.replaceAll("[\\s.-]", "");
        return JKN.matcher(clean).matches() ? clean : null;
    }
}
