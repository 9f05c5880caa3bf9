package id.go.mimikakab.report;

/** The agency says the report belongs to another agency; the command centre decides. */
public record ReportRerouteRequested(ReportEvent.Facts facts) implements ReportEvent {
}
