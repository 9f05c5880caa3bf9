package id.go.mimikakab.report;

import java.time.Instant;

/**
 * One step in a report's history: who did what, when, the status it left the report in, a note for the
 * public and one for staff only, and whether the step came after its deadline.
 */
public record TimelineEntry(Instant at, String actor, String action, ReportStatus status, String publicNote,
        String internalNote, String agencyCode, boolean late) {
}
