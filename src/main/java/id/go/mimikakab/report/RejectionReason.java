package id.go.mimikakab.report;

/** Why the command centre rejected a report; always shown to the reporter with a note. */
public enum RejectionReason {
    /** Not a real report: advertising, abuse, nonsense. */
    SPAM,
    /** The same problem as another open report, into which it is merged. */
    DUPLICATE,
    /** Not the regency's authority; the note names the institution it belongs to. */
    NOT_REGENCY_AUTHORITY
}
