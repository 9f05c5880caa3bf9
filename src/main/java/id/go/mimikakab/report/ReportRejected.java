package id.go.mimikakab.report;

/** The command centre refused the report (spam, not the regency's authority), with a note the reporter can read; a duplicate is {@link ReportMerged} instead. */
public record ReportRejected(ReportEvent.Facts facts, RejectionReason reason, String publicNote) implements ReportEvent {
}
