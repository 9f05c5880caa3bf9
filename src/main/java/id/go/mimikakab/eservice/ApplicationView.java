package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.casework.Light;

/**
 * An application as its applicant or the handling agency sees it: the service, where it stands, its light and
 * deadline (or the working days left while it is with the applicant), the answers and current documents, the
 * decision, the corrections asked for while it is returned, and the timeline.
 */
public record ApplicationView(String reference, CatalogueEntry service, long citizenId, String applicantName,
        ApplicationStatus status, Light light, Instant dueAt, Integer pausedWorkingDays, boolean late, Instant submittedAt,
        Instant decidedAt, String decisionReason, String legalBasis, String documentCode, Map<String, String> answers,
        List<StoredDocument> documents, Map<String, String> openCorrections, List<ApplicationStep> timeline) {

    /** The same application without what identifies the applicant: name, answers, documents and the corrections asked. */
    public ApplicationView withoutApplicant() {
        return new ApplicationView(reference, service, 0, null, status, light, dueAt, pausedWorkingDays, late, submittedAt,
                decidedAt, decisionReason, legalBasis, documentCode, Map.of(), List.of(), Map.of(), timeline);
    }

    public List<StoredDocument> currentDocuments() {
        return documents.stream().filter(StoredDocument::current).toList();
    }
}
