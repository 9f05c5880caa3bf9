package id.go.mimikakab.report;

/** A member of the agency was put in charge of the report. */
public record ReportAssigned(ReportEvent.Facts facts, String assignee) implements ReportEvent {
}
