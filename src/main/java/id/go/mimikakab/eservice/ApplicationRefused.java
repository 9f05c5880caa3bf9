package id.go.mimikakab.eservice;

import java.util.Map;

/**
 * Refuses an action on an application: an illegal transition, an action by someone not entitled to it, or bad input,
 * with the problems per field (message keys) that a form shows next to each field.
 */
public class ApplicationRefused extends RuntimeException {

    /** Why an action is refused; the web layer answers 409, 403 and 400. */
    public enum Kind { ILLEGAL_TRANSITION, NOT_ALLOWED, INVALID }

    private final Kind kind;
    private final Map<String, String> fieldProblems;

    ApplicationRefused(Kind kind, String message) {
        this(kind, message, Map.of());
    }

    public ApplicationRefused(Kind kind, String message, Map<String, String> fieldProblems) {
        super(message);
        this.kind = kind;
        this.fieldProblems = Map.copyOf(fieldProblems);
    }

    public Kind kind() {
        return kind;
    }

    /** Message keys by field code, for bad input. */
    public Map<String, String> fieldProblems() {
        return fieldProblems;
    }
}
