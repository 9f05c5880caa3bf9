package id.go.mimikakab.sms;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a citizen asked for in a text message. Keywords are Bahasa Indonesia, in any case, with any spaces:
 * {@code LAPOR <kategori> <distrik> <isi>}, {@code CEK <tiket>}, {@code JAWAB <tiket> <jawaban>}, {@code INFO};
 * anything else is a report in free text for the command centre to classify.
 */
sealed interface SmsCommand {

    /**
     * A report: the category and district when the words named known ones (else {@code null}), the words that named
     * something unknown, and the description (everything not recognised as category or district).
     */
    record Report(String categoryCode, String districtCode, String unknownCategory, String description) implements SmsCommand {
    }

    /** A report in free text, without keyword. */
    record FreeText(String text) implements SmsCommand {
    }

    /** The status of a ticket, as typed (checked later). */
    record Check(String ticket) implements SmsCommand {
    }

    /** The reporter's answer to the command centre's question about a ticket. */
    record Answer(String ticket, String text) implements SmsCommand {
    }

    /** The help text. */
    record Help() implements SmsCommand {
    }

    /** The words that name categories and districts: each normalised name (see {@link #word}) to its code. */
    record Vocabulary(Map<String, String> categories, Map<String, String> districts) {
    }

    /** Reads a message; {@code text} may have any case, spaces and line breaks. */
    static SmsCommand parse(String text, Vocabulary vocabulary) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        List<String> words = clean.isEmpty() ? List.of() : Arrays.asList(clean.split(" "));
        String keyword = words.isEmpty() ? "" : word(words.get(0));
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        return switch (keyword) {
            case "LAPOR", "ADUAN", "LAPORAN" -> report(rest, vocabulary);
            case "CEK", "CEKTIKET", "STATUS" -> new Check(String.join(" ", rest));
            case "JAWAB", "BALAS" -> rest.isEmpty() ? new Answer("", "")
                    : new Answer(rest.get(0), String.join(" ", rest.subList(1, rest.size())));
            case "INFO", "BANTUAN", "HELP", "MENU" -> rest.isEmpty() ? new Help() : new FreeText(clean);
            default -> new FreeText(clean);
        };
    }

    private static SmsCommand report(List<String> words, Vocabulary vocabulary) {
        if (words.isEmpty()) {
            return new Report(null, null, null, "");
        }
        String category = vocabulary.categories().get(word(words.get(0)));
        int next = 1;
        String unknownCategory = null;
        if (category == null) {
            // the first word is the category by the format; kept in the text, since it may as well be the report itself
            unknownCategory = words.get(0);
            next = 0;
        }
        Optional<Match> district = district(words, category == null ? 1 : next, vocabulary);
        if (district.isEmpty() && category == null) {
            district = district(words, 0, vocabulary);
        }
        StringBuilder description = new StringBuilder();
        for (int i = next; i < words.size(); i++) {
            if (district.isPresent() && i >= district.get().from() && i < district.get().to()) {
                continue;
            }
            if (!description.isEmpty()) {
                description.append(' ');
            }
            description.append(words.get(i));
        }
        return new Report(category, district.map(Match::code).orElse(null), unknownCategory, description.toString());
    }

    /** The longest district name (up to three words) starting at word {@code from}, also written without spaces. */
    private static Optional<Match> district(List<String> words, int from, Vocabulary vocabulary) {
        for (int length = Math.min(3, words.size() - from); length >= 1; length--) {
            String name = word(String.join("", words.subList(from, from + length)));
            String code = vocabulary.districts().get(name);
            if (code != null) {
                return Optional.of(new Match(code, from, from + length));
            }
        }
        return Optional.empty();
    }

    /** A word as it is compared: upper case, letters and digits only, accents removed ("Mimika-Baru" is MIMIKABARU). */
    static String word(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFD).replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }

    /** Where a district's name stood among the words. */
    record Match(String code, int from, int to) {
    }
}
