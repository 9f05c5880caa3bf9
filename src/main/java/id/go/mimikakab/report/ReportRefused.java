package id.go.mimikakab.report;

/** Refuses an action that the report's state or the actor's role does not allow, with a reason people can read. */
public class ReportRefused extends RuntimeException {

    private final Kind kind;

    public ReportRefused(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Why the action was refused; each maps to an HTTP status. */
    public enum Kind {
        /** The report is not in a state that allows this action (409). */
        ILLEGAL_TRANSITION,
        /** The actor may not act on this report (403). */
        NOT_ALLOWED,
        /** The request itself is unusable, e.g. a rating of 7 (400). */
        INVALID
    }
}
