package id.go.mimikakab.report;

import java.time.LocalDate;

/** The agency started the work, possibly for a planned date, with an optional note for the public. */
public record ReportWorkStarted(ReportEvent.Facts facts, LocalDate plannedFor, String publicNote) implements ReportEvent {
}
