package id.go.mimikakab.system;

import java.text.Normalizer;

/**
 * Cleans text that people type before it is checked or stored: Unicode NFC, no NUL or other control characters
 * (tabs and line breaks stay), no lone surrogate halves, no surrounding white space. Text with nothing visible
 * left, such as only zero-width spaces, counts as empty.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The cleaned text, or {@code null} when nothing visible remains. */
    public static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(typed.length());
        boolean visible = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < typed.length() && Character.isLowSurrogate(typed.charAt(i + 1))) {
                    kept.append(c).append(typed.charAt(++i));
                    visible = true;
                }
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                continue;
            }
            kept.append(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                visible = true;
            }
        }
        if (!visible) {
            return null;
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC).strip();
    }
}
