package id.go.mimikakab.report;

/** The report was closed: confirmed by its reporter, or {@code automatic} ten working days after completion without a reply. */
public record ReportClosed(ReportEvent.Facts facts, boolean automatic) implements ReportEvent {
}
