package id.go.mimikakab.citizen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Indonesian mobile number, kept as {@code +628…}: typed as +62, 62 or 0, then 8 and 7 to 10 more digits. */
public record PhoneNumber(String value) {

    private static final Pattern TYPED = Pattern.compile("(?:\\+62|62|0)(8\\d{7,10})");
    private static final Pattern STORED = Pattern.compile("\\+628\\d{7,10}");

    public PhoneNumber {
        if (value == null || !STORED.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a mobile number: +62, 62 or 0, then 8 and 7 to 10 digits");
        }
    }

    /** Whether the text, with spaces and dashes removed, is a mobile number. */
    public static boolean valid(String typed) {
        return typed != null && TYPED.matcher(compact(typed)).matches();
    }

    /** The number as typed (spaces and dashes allowed). */
    public static PhoneNumber parse(String typed) {
        Matcher m = TYPED.matcher(typed == null ? "" : compact(typed));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a mobile number: +62, 62 or 0, then 8 and 7 to 10 digits");
        }
        return new PhoneNumber("+62" + m.group(1));
    }

    private static String compact(String typed) {
        return typed.strip().replace(" ", "").replace("-", "");
    }
}
