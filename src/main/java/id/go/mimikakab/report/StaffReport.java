package id.go.mimikakab.report;

import java.time.Instant;
import java.util.List;

/**
 * A report as staff see it, with internal notes, every photo (also those of internal follow-ups) and the answers
 * to the category's questions. The reporter's identity is filled in only for the command centre when the report is
 * anonymous. When {@code contentWithheld}, the report is confidential and the viewer may see only its outline
 * (ticket, category, agency, status, light, deadlines): description, place, notes, photos, answers and reporter are
 * left out.
 */
public record StaffReport(PublicReport report, Channel channel, String address, boolean anonymous, boolean confidential,
        String reporterName, String reporterPhone, String reporterEmail, String assignee, boolean rerouteRequested,
        Instant completionTargetAt, List<TimelineEntry> timeline, List<PublicReport.Photo> photos,
        List<ReportAnswer> answers, boolean contentWithheld) {
}
