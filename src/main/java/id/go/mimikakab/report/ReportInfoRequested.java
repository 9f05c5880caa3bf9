package id.go.mimikakab.report;

/** The command centre asked the reporter a question; its verification clock is paused until the answer. */
public record ReportInfoRequested(ReportEvent.Facts facts, String question) implements ReportEvent {
}
