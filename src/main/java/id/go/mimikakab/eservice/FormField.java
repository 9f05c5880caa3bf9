package id.go.mimikakab.eservice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One question of a service's form: its code, label, type and whether it is required; a choice lists its choices,
 * a file its allowed types (PDF, JPEG, PNG) and its largest size in kilobytes. Files are the service's documents.
 */
public record FormField(String code, String label, FieldType type, boolean required, List<String> choices,
        Set<String> allowedTypes, Integer maxKb) {

    static final Set<String> FILE_TYPES = Set.of("PDF", "JPEG", "PNG");
    /** The largest document the platform takes at all, whatever a service allows. */
    public static final int LARGEST_KB = 10 * 1024;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public FormField {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A field code is 1 to 40 capital letters, digits or _: " + code);
        }
        if (label == null || label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("A field needs a label of at most 200 characters");
        }
        if (type == null) {
            throw new IllegalArgumentException("A field needs a type");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        allowedTypes = allowedTypes == null ? Set.of() : Set.copyOf(allowedTypes);
        if (type == FieldType.CHOICE && choices.size() < 2) {
            throw new IllegalArgumentException("A choice needs at least two choices");
        }
        if (type == FieldType.FILE) {
            if (allowedTypes.isEmpty() || !FILE_TYPES.containsAll(allowedTypes)) {
                throw new IllegalArgumentException("A file allows some of PDF, JPEG, PNG");
            }
            if (maxKb == null || maxKb < 1 || maxKb > LARGEST_KB) {
                throw new IllegalArgumentException("A file's size limit is 1 to " + LARGEST_KB + " KB");
            }
        } else {
            allowedTypes = Set.of();
            maxKb = null;
        }
    }

    /** Choices as stored: separated by {@code |}. */
    static List<String> choicesOf(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** File types as stored: separated by commas. */
    static Set<String> typesOf(String stored) {
        return stored == null || stored.isBlank() ? Set.of()
                : Arrays.stream(stored.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
    }

    String storedChoices() {
        return choices.isEmpty() ? null : String.join("|", choices);
    }

    String storedTypes() {
        return allowedTypes.isEmpty() ? null : allowedTypes.stream().sorted().collect(Collectors.joining(","));
    }

    public boolean file() {
        return type == FieldType.FILE;
    }

    /** The allowed types as a browser's {@code accept} attribute. */
    public String accept() {
        return allowedTypes.stream().sorted().map(t -> switch (t) {
            case "PDF" -> "application/pdf";
            case "JPEG" -> "image/jpeg";
            default -> "image/png";
        }).collect(Collectors.joining(","));
    }
}
