package id.go.mimikakab.report;

import java.time.Instant;

/**
 * Published after every step of a report's lifecycle, for notifications and live views: the ticket, the
 * step taken, the new status, the agency it is with and the reporter's e-mail if they gave one.
 */
public record ReportChanged(String ticket, String action, ReportStatus status, String agencyCode, Instant dueAt,
        String reporterEmail, boolean confidential) {

    static ReportChanged of(Report r, String action) {
        return new ReportChanged(r.ticket.value(), action, r.status, r.agencyCode, r.dueAt, r.content.reporterEmail(),
                r.content.confidential());
    }
}
