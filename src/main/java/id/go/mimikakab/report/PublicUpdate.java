package id.go.mimikakab.report;

import java.time.Instant;

/**
 * One public step of a non-confidential report after its submission, as its tracking page shows it: the step's id,
 * the report's ticket, when, what was done, the status it left, its public note and the first photo posted with it.
 */
public record PublicUpdate(long id, String ticket, Instant at, String action, ReportStatus status, String publicNote,
        Long photoId) {
}
