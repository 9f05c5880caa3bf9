package id.go.mimikakab.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over many generated cases, each from its own seed; a failing case names its seed, so
 * {@code Cases.replay(seed, property)} reproduces it. The project's own small generator: property tests need no
 * extra test engine.
 */
public final class Cases {

    private static final long BASE_SEED = Long.getLong("mimika.cases.seed", 20261203L);

    private Cases() {
    }

    /** Checks {@code property} on {@code count} generated cases. */
    public static void check(int count, Consumer<Random> property) {
        for (int i = 0; i < count; i++) {
            replay(BASE_SEED + i, property);
        }
    }

    /** Checks {@code property} on the case of one seed. */
    public static void replay(long seed, Consumer<Random> property) {
        try {
            property.accept(new Random(seed));
        } catch (AssertionError | RuntimeException failure) {
            throw new AssertionError("Falsified by the case of seed " + seed + ": " + failure.getMessage(), failure);
        }
    }

    /** A string of up to {@code maxLength} characters drawn from hostile families: controls, surrogates, RTL, formulas. */
    public static String hostileText(Random random, int maxLength) {
        String[] pieces = {"", " ", "\t", "\r\n", "\u0000", "\u200b", "\u202e", "\ud800", "\udc00", "😀", "'", "\"", "<", ">",
            "&", "%", "\\", "/", "../", "=", "+", "-", "@", ";", ",", "{", "}", "[", "]", "null", "0", "-1",
            "9999999999999999999999", "1e309", "NaN", "<script>alert(1)</script>", "' or '1'='1", "${7*7}", "#{7*7}",
            "=HYPERLINK(\"http://x\")", "T'Singa", "Jalan", "rusak", "ÄÖÜ", "ñ", "\u0301"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (text.length() < length) {
            if (random.nextInt(4) == 0) {
                text.append((char) random.nextInt(0x3000));
            } else {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
        }
        return text.length() > maxLength ? text.substring(0, maxLength) : text.toString();
    }
}
