package id.go.mimikakab.report;

import java.time.Instant;

/**
 * Published after every step of a report's lifecycle, for notifications and live views: the ticket, the
 * step taken, the new status, the agency it is with, the reporter's e-mail if they gave one, whether the
 * step was the agency's first answer, the note the step left for the public, and the ticket a duplicate was
 * merged into.
 */
public record ReportChanged(String ticket, String action, ReportStatus status, String agencyCode, Instant dueAt,
        String reporterEmail, boolean confidential, boolean firstResponse, String publicNote, String mergedInto) {

    static ReportChanged of(Report r, String action) {
        return of(r, action, r.status(), null);
    }

    /** {@code firstResponse} is true when this step ended the agency's follow-up deadline (its first answer). */
    static ReportChanged of(Report r, String action, ReportStatus before, String publicNote) {
        return of(r, action, before, publicNote, true);
    }

    /** As above; without {@code showMergeTarget} the ticket a duplicate was merged into is left out (it is confidential). */
    static ReportChanged of(Report r, String action, ReportStatus before, String publicNote, boolean showMergeTarget) {
        boolean first = ReportStatus.WITH_AGENCY_BEFORE_FOLLOW_UP.contains(before)
                && (r.status() == ReportStatus.FOLLOWED_UP || r.status() == ReportStatus.COMPLETED);
        return new ReportChanged(r.ticket().value(), action, r.status(), r.agencyCode(), r.dueAt(), r.content().reporterEmail(),
                r.content().confidential(), first, publicNote, showMergeTarget ? r.mergedInto() : null);
    }
}
