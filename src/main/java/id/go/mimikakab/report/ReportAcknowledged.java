package id.go.mimikakab.report;

/** The agency the report is with has confirmed that it saw it. */
public record ReportAcknowledged(ReportEvent.Facts facts) implements ReportEvent {
}
