package id.go.mimikakab.report;

/** A citizen's report was received (by any channel), with what it is about, so the reporter can be told what was recorded under which ticket. */
public record ReportSubmitted(ReportEvent.Facts facts, ReportKind kind, String categoryCode, String description, String villageCode) implements ReportEvent {
}
