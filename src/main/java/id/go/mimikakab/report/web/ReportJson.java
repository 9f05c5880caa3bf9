package id.go.mimikakab.report.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import id.go.mimikakab.casework.Light;
import id.go.mimikakab.report.PublicReport;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportAnswer;
import id.go.mimikakab.report.ReportKind;
import id.go.mimikakab.report.ReportLine;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.Responsible;
import id.go.mimikakab.report.StaffReport;
import id.go.mimikakab.report.TimelineEntry;
import id.go.mimikakab.system.Wit;

/** The JSON shapes of the reports API; times are ISO-8601 with the WIT offset {@code +09:00}. */
final class ReportJson {

    private ReportJson() {
    }

    static OffsetDateTime wit(Instant instant) {
        return instant == null ? null : instant.atZone(Wit.ZONE).toOffsetDateTime();
    }

    /** A submission as the API receives it; {@code channel} is for staff recording a phone, WhatsApp or counter report. */
    record Submission(String kind, String categoryCode, String description, String districtCode, String villageCode,
            Double latitude, Double longitude, String address, Boolean anonymous, Boolean confidential,
            String reporterName, String reporterPhone, String reporterEmail, String channel) {

        id.go.mimikakab.report.ReportSubmission toSubmission() {
            return new id.go.mimikakab.report.ReportSubmission(kind, categoryCode, description, districtCode, villageCode,
                    latitude, longitude, address, anonymous, confidential, reporterName, reporterPhone, reporterEmail);
        }
    }

    record ReceiptJson(String ticket, String pin, ReportStatus status, Responsible responsible, OffsetDateTime dueAt,
            String trackingUrl) {
        static ReceiptJson of(Receipt r) {
            return new ReceiptJson(r.ticket(), r.pin(), r.status(), r.responsible(), wit(r.dueAt()), "/lacak/" + r.ticket());
        }
    }

    record Step(OffsetDateTime at, String action, ReportStatus status, String publicNote) {
    }

    record PublicReportJson(String ticket, ReportKind kind, String categoryCode, String description, ReportStatus status,
            Light light, boolean late, Responsible responsible, OffsetDateTime dueAt, OffsetDateTime submittedAt,
            String districtCode, String villageCode, Double latitude, Double longitude, int meToo, List<Step> timeline,
            List<PhotoJson> photos) {
        static PublicReportJson of(PublicReport r) {
            return new PublicReportJson(r.ticket(), r.kind(), r.categoryCode(), r.description(), r.status(), r.light(),
                    r.late(), r.responsible(), wit(r.dueAt()), wit(r.submittedAt()), r.districtCode(), r.villageCode(),
                    r.latitude(), r.longitude(), r.meToo(),
                    r.timeline().stream().map(s -> new Step(wit(s.at()), s.action(), s.status(), s.publicNote())).toList(),
                    PhotoJson.of(r.ticket(), r.photos()));
        }
    }

    /** A photo's addresses; for a confidential report they answer only with the PIN header or to staff. */
    record PhotoJson(long id, String url, String thumbnailUrl) {
        static List<PhotoJson> of(String ticket, List<PublicReport.Photo> photos) {
            return photos.stream().map(p -> {
                String url = "/api/v1/reports/" + ticket + "/photos/" + p.id();
                return new PhotoJson(p.id(), url, url + "/thumbnail");
            }).toList();
        }
    }

    record StaffStep(OffsetDateTime at, String actor, String action, ReportStatus status, String publicNote,
            String internalNote, String agencyCode, boolean late) {
        static StaffStep of(TimelineEntry e) {
            return new StaffStep(wit(e.at()), e.actor(), e.action(), e.status(), e.publicNote(), e.internalNote(),
                    e.agencyCode(), e.late());
        }
    }

    record StaffReportJson(PublicReportJson report, String channel, String address, boolean anonymous,
            boolean confidential, String reporterName, String reporterPhone, String reporterEmail, String assignee,
            boolean rerouteRequested, OffsetDateTime completionTargetAt, List<StaffStep> timeline, List<PhotoJson> photos,
            List<ReportAnswer> answers, boolean contentWithheld) {
        static StaffReportJson of(StaffReport s) {
            return new StaffReportJson(PublicReportJson.of(s.report()), s.channel().name(), s.address(), s.anonymous(),
                    s.confidential(), s.reporterName(), s.reporterPhone(), s.reporterEmail(), s.assignee(),
                    s.rerouteRequested(), wit(s.completionTargetAt()), s.timeline().stream().map(StaffStep::of).toList(),
                    PhotoJson.of(s.report().ticket(), s.photos()), s.answers(), s.contentWithheld());
        }
    }

    record LineJson(String ticket, ReportKind kind, String categoryCode, ReportStatus status, Light light, boolean late,
            String agencyCode, OffsetDateTime submittedAt, OffsetDateTime dueAt, String districtCode, String villageCode,
            Double latitude, Double longitude, int meToo) {
        static LineJson of(ReportLine l) {
            return new LineJson(l.ticket(), l.kind(), l.categoryCode(), l.status(), l.light(), l.late(), l.agencyCode(),
                    wit(l.submittedAt()), wit(l.dueAt()), l.districtCode(), l.villageCode(), l.latitude(), l.longitude(),
                    l.meToo());
        }
    }

    record Answer(String answer) {
    }

    record Confirmation(Integer rating, String comment) {
    }

    record Reason(String reason) {
    }

    /** The count after a "me too", and whether this call counted (false when this client had already said so). */
    record MeToo(int meToo, boolean counted) {
    }

    record Routing(String agencyCode) {
    }

    record Rejection(String reason, String note, String duplicateOf) {
    }

    record Question(String question) {
    }

    record FollowUp(String message, @JsonProperty("public") Boolean visibleToPublic) {
    }

    record Completion(String message) {
    }

    record Assignment(String username) {
    }

    record Progress(String plannedFor, String note) {
    }
}
