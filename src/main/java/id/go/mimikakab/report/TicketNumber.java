package id.go.mimikakab.report;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

import id.go.mimikakab.system.NotFoundException;

/**
 * A report's ticket, e.g. {@code K7PX-2QDM}: eight random characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, U), easy to read over the phone and impossible to guess in sequence (about 40 bits).
 */
public record TicketNumber(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TicketNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a ticket number: " + value);
        }
    }

    /** Reads a ticket as a person might type it: any case, with or without the dash, with spaces around. */
    public static java.util.Optional<TicketNumber> parse(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String compact = typed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (compact.length() != 8) {
            return java.util.Optional.empty();
        }
        String candidate = compact.substring(0, 4) + "-" + compact.substring(4);
        return FORMAT.matcher(candidate).matches() ? java.util.Optional.of(new TicketNumber(candidate)) : java.util.Optional.empty();
    }

    /** The ticket as typed (see {@link #parse}); text that cannot be a ticket names no report, so it is not found. */
    public static TicketNumber typed(String typed) {
        return parse(typed).orElseThrow(() -> new NotFoundException("No report with ticket " + typed));
    }

    static TicketNumber random() {
        return random(RANDOM);
    }

    /** A ticket from the given source of randomness; demo data uses a seeded one to be the same on every install. */
    static TicketNumber random(java.util.Random source) {
        StringBuilder text = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(source.nextInt(ALPHABET.length())));
        }
        return new TicketNumber(text.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
