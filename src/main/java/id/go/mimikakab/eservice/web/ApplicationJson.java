package id.go.mimikakab.eservice.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.eservice.ApplicationStep;
import id.go.mimikakab.eservice.ApplicationSummary;
import id.go.mimikakab.eservice.ApplicationView;
import id.go.mimikakab.eservice.CatalogueEntry;
import id.go.mimikakab.eservice.StoredDocument;

/** The JSON shapes of the catalogue and of applications. */
final class ApplicationJson {

    private ApplicationJson() {
    }

    /** A service in {@code GET /api/v1/services}; {@code fee} is 0 when the service is free. */
    record Service(String code, String name, String agencyCode, int deadlineWorkingDays, int fee) {
        static Service of(CatalogueEntry e) {
            return new Service(e.code(), e.name(), e.agencyCode(), e.deadlineWorkingDays(), e.fee());
        }
    }

    record Summary(String reference, String serviceCode, String serviceName, String agencyCode, String status, String light,
            Instant dueAt, Instant submittedAt, boolean late) {
        static Summary of(ApplicationSummary s) {
            return new Summary(s.reference(), s.serviceCode(), s.serviceName(), s.agencyCode(), s.status().name(),
                    s.light().name(), s.dueAt(), s.submittedAt(), s.late());
        }
    }

    record Document(long id, String fieldCode, String contentType, int sizeBytes, String fileName, Instant uploadedAt,
            boolean archived) {
        static Document of(StoredDocument d) {
            return new Document(d.id(), d.fieldCode(), d.contentType(), d.sizeBytes(), d.fileName(), d.uploadedAt(), d.archived());
        }
    }

    record Step(Instant at, String actor, String action, String status, String note, boolean late, Map<String, String> corrections) {
        static Step of(ApplicationStep s, boolean showActor) {
            return new Step(s.at(), showActor || s.actor().startsWith("warga:") ? s.actor() : null, s.action(), s.status().name(),
                    s.note(), s.late(), s.corrections().isEmpty() ? null : s.corrections());
        }
    }

    record Detail(String reference, String serviceCode, String agencyCode, String status, String light, Instant dueAt,
            Integer pausedWorkingDays, boolean late, Instant submittedAt, Instant decidedAt, String decisionReason,
            String legalBasis, String documentCode, Map<String, String> answers, List<Document> documents,
            Map<String, String> openCorrections, List<Step> timeline) {
        /** {@code staff}: the names of the officers who acted are shown to the agency, not to the applicant. */
        static Detail of(ApplicationView v, boolean staff) {
            return new Detail(v.reference(), v.service().code(), v.service().agencyCode(), v.status().name(), v.light().name(),
                    v.dueAt(), v.pausedWorkingDays(), v.late(), v.submittedAt(), v.decidedAt(), v.decisionReason(),
                    v.legalBasis(), v.documentCode(), v.answers(), v.currentDocuments().stream().map(Document::of).toList(),
                    v.openCorrections().isEmpty() ? null : v.openCorrections(),
                    v.timeline().stream().map(s -> Step.of(s, staff)).toList());
        }
    }

    record Created(String reference, String status, boolean created) {
    }

    record Corrections(Map<String, String> corrections) {
    }

    record Note(String note) {
    }

    record Rejection(String reason, String legalBasis) {
    }
}
