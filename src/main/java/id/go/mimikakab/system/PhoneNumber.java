package id.go.mimikakab.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Indonesian mobile number, kept as {@code +628…}: typed as +62, 62 or 0, then 8 and 7 to 10 more digits, with
 * spaces, dots, dashes and brackets allowed. Reporters, citizens' accounts, service forms and text messages share it.
 */
public record PhoneNumber(String value) {

    /** Why a typed number is refused, in English for APIs. */
    public static final String RULE = "A mobile number starts with +62, 62 or 0, then 8 and 7 to 10 more digits.";

    private static final Pattern TYPED = Pattern.compile("(?:\\+62|62|0)(8\\d{7,10})");
    private static final Pattern STORED = Pattern.compile("\\+628\\d{7,10}");

    public PhoneNumber {
        if (value == null || !STORED.matcher(value).matches()) {
            throw new IllegalArgumentException(RULE);
        }
    }

    /** Whether the text is a mobile number in one of the usual spellings. */
    public static boolean valid(String typed) {
        return of(typed).isPresent();
    }

    /** The number as typed; refuses anything that is no mobile number. */
    public static PhoneNumber parse(String typed) {
        return of(typed).orElseThrow(() -> new IllegalArgumentException(RULE));
    }

    /** The number as typed, or empty when the text is blank or no mobile number. */
    public static Optional<PhoneNumber> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(typed.replaceAll("[\\s.()-]", ""));
        return m.matches() ? Optional.of(new PhoneNumber("+62" + m.group(1))) : Optional.empty();
    }
}
