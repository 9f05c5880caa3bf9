package id.go.mimikakab.report;

/** The reporter was not satisfied with the completed work; the report is back with the agency with a new deadline, and why. */
public record ReportReopened(ReportEvent.Facts facts, String reason) implements ReportEvent {
}
