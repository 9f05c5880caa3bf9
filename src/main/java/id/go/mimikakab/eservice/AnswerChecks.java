package id.go.mimikakab.eservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import id.go.mimikakab.system.Nik;
import id.go.mimikakab.system.PhoneNumber;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.system.PlainText;

import org.springframework.stereotype.Component;

/**
 * Checks an applicant's answers against a service's questions, each by its type's rule, and gives the answers as they
 * are kept (a phone number as +628…, a NIK without spaces) together with a message key for every field in error, so
 * that a form can show all problems at once next to their fields.
 */
@Component
class AnswerChecks {

    private static final Pattern KK = Pattern.compile("(94|91)\\d{14}");
    static final int MAX_TEXT = 2000;

    private final RegionCatalog regions;

    AnswerChecks(RegionCatalog regions) {
        this.regions = regions;
    }

    /** The outcome: the cleaned answers of the questions answered, and the problems by field code. */
    record Outcome(Map<String, String> answers, Map<String, String> problems) {
    }

    Outcome check(CatalogueEntry service, Map<String, String> typed, Map<String, StagedDocument> documents) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (FormField field : service.fields()) {
            if (field.file()) {
                if (field.required() && !documents.containsKey(field.code())) {
                    problems.put(field.code(), "eservice.field.fileRequired");
                }
                continue;
            }
            String raw = PlainText.clean(typed.get(field.code()));
            if (raw == null || raw.isBlank()) {
                if (field.required()) {
                    problems.put(field.code(), "eservice.field.required");
                }
                continue;
            }
            String value = raw.strip();
            String problem = problem(field, value);
            if (problem != null) {
                problems.put(field.code(), problem);
            } else {
                answers.put(field.code(), kept(field, value));
            }
        }
        return new Outcome(answers, problems);
    }

    private String problem(FormField field, String value) {
        return switch (field.type()) {
            case TEXT -> value.length() > MAX_TEXT ? "eservice.field.tooLong" : null;
            case NUMBER -> number(value) ? null : "eservice.field.number";
            case DATE -> date(value) ? null : "eservice.field.date";
            case CHOICE -> field.choices().contains(value) ? null : "eservice.field.choice";
            case NIK -> Nik.check(compact(value)).isEmpty() ? null : "eservice.field.nik";
            case KK_NUMBER -> KK.matcher(compact(value)).matches() ? null : "eservice.field.kk";
            case PHONE -> PhoneNumber.valid(value) ? null : "eservice.field.phone";
            case VILLAGE -> regions.village(value).isPresent() ? null : "eservice.field.village";
            case FILE -> null;
        };
    }

    private static String kept(FormField field, String value) {
        return switch (field.type()) {
            case NIK, KK_NUMBER -> compact(value);
            case PHONE -> PhoneNumber.parse(value).value();
            case NUMBER -> value.replace(',', '.');
            default -> value;
        };
    }

    private static boolean number(String value) {
        try {
            new BigDecimal(value.replace(',', '.'));
            return value.length() <= 20;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean date(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String compact(String value) {
        return value.replace(" ", "").replace(".", "");
    }
}
