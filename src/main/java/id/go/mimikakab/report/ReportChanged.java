package id.go.mimikakab.report;

import java.time.Instant;
import java.util.List;

/**
 * Published after every step of a report's lifecycle, for notifications and live views: the ticket, the
 * step taken, the new status, the agency it is with, the reporter's e-mail if they gave one, whether the
 * step was the agency's first answer, the note the step left for the public, the ticket a duplicate was
 * merged into, and the reporters of the reports merged into this one, who keep being told of its progress.
 */
public record ReportChanged(String ticket, String action, ReportStatus status, String agencyCode, Instant dueAt,
        String reporterEmail, boolean confidential, boolean firstResponse, String publicNote, String mergedInto,
        List<Follower> followers) {

    /** A reporter whose own report (with its own ticket) was merged into this one as a duplicate. */
    public record Follower(String ticket, String email) {
    }

    public ReportChanged {
        followers = followers == null ? List.of() : List.copyOf(followers);
    }

    static ReportChanged of(Report r, String action) {
        return of(r, action, r.status, null, List.of());
    }

    /** {@code firstResponse} is true when this step ended the agency's follow-up deadline (its first answer). */
    static ReportChanged of(Report r, String action, ReportStatus before, String publicNote, List<Follower> followers) {
        boolean first = (before == ReportStatus.ROUTED || before == ReportStatus.REOPENED)
                && (r.status == ReportStatus.FOLLOWED_UP || r.status == ReportStatus.COMPLETED);
        return new ReportChanged(r.ticket.value(), action, r.status, r.agencyCode, r.dueAt, r.content.reporterEmail(),
                r.content.confidential(), first, publicNote, r.mergedInto, followers);
    }
}
