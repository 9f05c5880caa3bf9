package id.go.mimikakab.report;

/** The command centre closed the report as a duplicate of another; {@code mergedInto} is that report's ticket, null when that report is confidential (its ticket is not for other reporters). */
public record ReportMerged(ReportEvent.Facts facts, String mergedInto, String publicNote) implements ReportEvent {
}
