package id.go.mimikakab.sms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a text to SMS: the GSM 7-bit default alphabet (what every basic phone shows), at most 160 characters in one
 * message, or parts of at most 153 when a long text goes as several (the concatenation header takes the rest).
 * Characters of the extension table ({@code € [ ] { } ^ ~ \ |}) count twice and are never split from their escape.
 */
final class TextMessageParts {

    static final int SINGLE = 160;
    static final int PART = 153;
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENDED = "^{}\\[~]|€\f";

    private TextMessageParts() {
    }

    /**
     * The text in GSM-7: typographic quotes, dashes and spaces become their plain forms, accented letters outside the
     * alphabet lose their accent, and anything else becomes {@code ?}.
     */
    static String gsm7(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (BASIC.contains(c) || EXTENDED.contains(c)) {
                out.append(c);
                return;
            }
            switch (cp) {
                case '\u2018', '\u2019', '\u201A', '`', '\u00B4' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E' -> out.append('"');
                case '\u2013', '\u2014', '\u2212' -> out.append('-');
                case '\u2026' -> out.append("...");
                case '\u00A0', '\u2007', '\u202F', '\t' -> out.append(' ');
                default -> {
                    String plain = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                    out.append(plain.length() == 1 && BASIC.contains(plain) ? plain : "?");
                }
            }
        });
        return out.toString();
    }

    /** How many septets a GSM-7 text takes: two for a character of the extension table, one for any other. */
    static int septets(String gsm7) {
        int count = 0;
        for (int i = 0; i < gsm7.length(); i++) {
            count += EXTENDED.indexOf(gsm7.charAt(i)) >= 0 ? 2 : 1;
        }
        return count;
    }

    /**
     * The parts to send: one when the text fits in 160 septets, otherwise parts of at most 153; a text longer than
     * {@code maxParts} parts is cut, ending in "..".
     */
    static List<String> split(String text, int maxParts) {
        String gsm = gsm7(text);
        if (septets(gsm) <= SINGLE) {
            return List.of(gsm);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int used = 0;
        for (int i = 0; i < gsm.length(); i++) {
            char c = gsm.charAt(i);
            int cost = EXTENDED.indexOf(c) >= 0 ? 2 : 1;
            if (used + cost > PART) {
                parts.add(part.toString());
                part.setLength(0);
                used = 0;
            }
            part.append(c);
            used += cost;
        }
        parts.add(part.toString());
        if (parts.size() > maxParts) {
            List<String> kept = new ArrayList<>(parts.subList(0, maxParts));
            String last = kept.get(maxParts - 1);
            while (septets(last) > PART - 2) {
                last = last.substring(0, last.length() - 1);
            }
            kept.set(maxParts - 1, last + "..");
            return kept;
        }
        return parts;
    }
}
