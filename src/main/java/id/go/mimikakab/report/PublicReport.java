package id.go.mimikakab.report;

import java.time.Instant;
import java.util.List;

import id.go.mimikakab.casework.Light;

/**
 * A report as the public (or the reporter with the PIN) may see it: never the reporter's identity, never
 * internal notes.
 */
public record PublicReport(String ticket, ReportKind kind, String categoryCode, String description, ReportStatus status,
        Light light, boolean late, Responsible responsible, Instant dueAt, Instant submittedAt, String districtCode,
        String villageCode, Double latitude, Double longitude, int meToo, boolean canConfirmOrReopen, Instant reopenUntil,
        String mergedInto, List<Step> timeline, List<Photo> photos) {

    /** One public step of the timeline. */
    public record Step(Instant at, String action, ReportStatus status, String publicNote) {
    }

    /** One photo: the reporter's ({@code SUBMITTED}) or the agency's with a follow-up or completion. */
    public record Photo(long id, String action, Instant uploadedAt, int width, int height) {
    }
}
