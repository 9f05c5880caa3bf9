package id.go.mimikakab.eservice;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * An application's number, e.g. {@code PM-K7PX-2QDM}: "PM" (permohonan) and eight random characters from an
 * alphabet without look-alikes, so applications are not numbered in a sequence anyone could walk through.
 */
public record ApplicationNumber(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("PM-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApplicationNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an application number: " + value);
        }
    }

    /** Reads a number as typed: any case, with or without dashes. */
    public static Optional<ApplicationNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (compact.length() != 10 || !compact.startsWith("PM")) {
            return Optional.empty();
        }
        String candidate = "PM-" + compact.substring(2, 6) + "-" + compact.substring(6);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new ApplicationNumber(candidate)) : Optional.empty();
    }

    static ApplicationNumber random() {
        return random(RANDOM);
    }

    static ApplicationNumber random(Random source) {
        StringBuilder text = new StringBuilder("PM-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(source.nextInt(ALPHABET.length())));
        }
        return new ApplicationNumber(text.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
