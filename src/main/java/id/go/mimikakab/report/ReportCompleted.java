package id.go.mimikakab.report;

/** The agency reported the work done, with a note for the public; the reporter may now confirm or reopen. */
public record ReportCompleted(ReportEvent.Facts facts, String publicNote) implements ReportEvent {
}
