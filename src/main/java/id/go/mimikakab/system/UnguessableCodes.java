package id.go.mimikakab.system;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Codes that stand for a right of access in a link (a document's verification, a survey's invitation): 120 random bits as 24 lower-case base-32 characters. */
public final class UnguessableCodes {

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern WELL_FORMED = Pattern.compile("[a-z2-7]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private UnguessableCodes() {
    }

    /** A new code, 24 characters from a-z and 2-7. */
    public static String next() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(24);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return code.toString();
    }

    /** Whether the text could be a code at all, checked before any database is asked. */
    public static boolean wellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }
}
