package id.go.mimikakab.report.web;

import java.time.LocalDate;
import java.util.List;

import id.go.mimikakab.report.PhotoUpload;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The small forms of the staff report screens, one per lifecycle step; each field is checked by its controller. */
final class ReportActionForms {

    /** Longest note staff may write; the timeline keeps up to 4,000 characters. */
    static final int MAX_NOTE = 2000;

    private ReportActionForms() {
    }

    /** Routing to an agency; {@code dari} says which page to return to ("antrian" for the queue). */
    record RoutingForm(String agencyCode, String dari) {
        static RoutingForm empty() {
            return new RoutingForm(null, null);
        }
    }

    /** Rejection with a reason and a note the reporter reads; a duplicate names the other ticket. */
    record RejectionForm(String reason, String note, String institution, String duplicateOf) {
        static RejectionForm empty() {
            return new RejectionForm(null, null, null, null);
        }
    }

    record QuestionForm(String question) {
        static QuestionForm empty() {
            return new QuestionForm(null);
        }
    }

    /** A follow-up; {@code visibility} is PUBLIC (the reporter and the public read it) or INTERNAL (staff only). */
    record FollowUpForm(String message, String visibility, List<MultipartFile> photos) {
        static FollowUpForm withMessage(String message) {
            return new FollowUpForm(message, null, List.of());
        }

        List<PhotoUpload> uploads() {
            return StaffPhotos.uploads(photos);
        }

        /** The writer chose who reads the note: nothing is preselected, so no internal note goes public by a slip. */
        boolean visibilityChosen() {
            return "PUBLIC".equals(visibility) || "INTERNAL".equals(visibility);
        }

        boolean visibleToPublic() {
            return "PUBLIC".equals(visibility);
        }
    }

    record AssignmentForm(String username) {
    }

    record ProgressForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedFor, String note) {
        static ProgressForm empty() {
            return new ProgressForm(null, null);
        }
    }

    record CompletionForm(String evidence, List<MultipartFile> photos) {
        static CompletionForm empty() {
            return new CompletionForm(null, List.of());
        }

        List<PhotoUpload> uploads() {
            return StaffPhotos.uploads(photos);
        }
    }

    record RerouteForm(String reason) {
        static RerouteForm empty() {
            return new RerouteForm(null);
        }
    }
}
