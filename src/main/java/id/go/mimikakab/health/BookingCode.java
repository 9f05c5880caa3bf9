package id.go.mimikakab.health;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/** A booking code such as {@code SH7K-2QDM}: eight characters without look-alikes, easy to read out at a counter. */
final class BookingCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final Random RANDOM = new SecureRandom();

    private BookingCode() {
    }

    static String random() {
        return random(RANDOM);
    }

    static String random(Random source) {
        StringBuilder text = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(source.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** The code as typed, upper-cased and with the dash put back, or null when it cannot be a booking code. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String clean = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        String code = clean.length() == 8 ? clean.substring(0, 4) + "-" + clean.substring(4) : clean;
        return FORMAT.matcher(code).matches() ? code : null;
    }
}
