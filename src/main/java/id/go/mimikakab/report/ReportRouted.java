package id.go.mimikakab.report;

/** The command centre (or the category's automatic routing) sent the report to an agency, which now owes a follow-up; {@code rerouted} when it was with another agency before. */
public record ReportRouted(ReportEvent.Facts facts, boolean rerouted) implements ReportEvent {
}
