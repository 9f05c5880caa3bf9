package id.go.mimikakab.eservice;

import static id.go.mimikakab.eservice.ApplicationRefused.Kind.INVALID;
import static id.go.mimikakab.eservice.ApplicationRefused.Kind.NOT_ALLOWED;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.CasePlace;
import id.go.mimikakab.casework.CasePolicies;
import id.go.mimikakab.casework.EscalationStep;
import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenAccounts;
import id.go.mimikakab.system.Nik;
import id.go.mimikakab.document.DocumentRequest;
import id.go.mimikakab.document.IssuedDocument;
import id.go.mimikakab.document.IssuedDocuments;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the workflow of applications for the people entitled to each step: the applicant submits and
 * corrects; the agency handling the service verifies, returns, processes, and its head approves or rejects, each
 * step by the role the service names. Applicants see only their own applications and agencies only theirs. Every
 * step is recorded in the timeline and the audit trail and published as a past-tense event.
 */
@Component
public class ApplicationWorkflow {

    private final ApplicationStore store;
    private final ServiceCatalogue catalogue;
    private final AnswerChecks checks;
    private final ApplicationDocuments documents;
    private final CasePolicies policies;
    private final HolidayCalendar calendar;
    private final RegionCatalog regions;
    private final CitizenAccounts citizens;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IssuedDocuments issuedDocuments;
    private final Clock clock;

    ApplicationWorkflow(ApplicationStore store, ServiceCatalogue catalogue, AnswerChecks checks, ApplicationDocuments documents,
            CasePolicies policies, HolidayCalendar calendar, RegionCatalog regions, CitizenAccounts citizens, AuditTrail audit,
            ApplicationEventPublisher events, IssuedDocuments issuedDocuments, Clock clock) {
        this.issuedDocuments = issuedDocuments;
        this.store = store;
        this.catalogue = catalogue;
        this.checks = checks;
        this.documents = documents;
        this.policies = policies;
        this.calendar = calendar;
        this.regions = regions;
        this.citizens = citizens;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome of a submission: the application's number, and false when it was submitted before with the same key. */
    public record Submitted(String reference, boolean created) {
    }

    /** An active service the applicant can apply for. */
    public CatalogueEntry service(String code) {
        return catalogue.find(code).filter(CatalogueEntry::active)
                .orElseThrow(() -> new NotFoundException("No active service " + code));
    }

    /**
     * Checks one uploaded document for a field of a service and keeps it for the application it will belong to.
     *
     * @throws id.go.mimikakab.upload.DocumentRejected when the file is not of an allowed type, too large or unreadable
     */
    public StagedDocument stage(String serviceCode, String fieldCode, String fileName, byte[] content) {
        FormField field = service(serviceCode).field(fieldCode).filter(FormField::file)
                .orElseThrow(() -> new ApplicationRefused(INVALID, "No document field " + fieldCode,
                        Map.of(fieldCode, "eservice.field.unknown")));
        return documents.stage(field, fileName, content);
    }

    /**
     * Submits an application for a verified citizen. With an idempotency key, a retry of the same submission answers
     * the application made the first time, and the same key with other content is refused.
     */
    @Transactional
    public Submitted submit(CitizenAccount applicant, NewApplication application, String idempotencyKey) {
        CitizenAccount citizen = citizens.find(applicant.id()).filter(CitizenAccount::verified)
                .orElseThrow(() -> new ApplicationRefused(NOT_ALLOWED, "Only a verified citizen account applies"));
        CatalogueEntry service = service(application.serviceCode());
        String hash = hash(application);
        if (idempotencyKey != null) {
            Optional<String[]> earlier = store.byIdempotencyKey(citizen.id(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get()[1].equals(hash)) {
                    throw new ApplicationRefused(ApplicationRefused.Kind.ILLEGAL_TRANSITION,
                            "This Idempotency-Key was used for another submission");
                }
                return new Submitted(earlier.get()[0], false);
            }
        }
        AnswerChecks.Outcome outcome = checks.check(service, application.answers(), application.documents());
        if (!outcome.problems().isEmpty()) {
            throw new ApplicationRefused(INVALID, "Some answers need correcting: " + outcome.problems().keySet(), outcome.problems());
        }
        Instant now = clock.instant();
        ServiceApplication a = ServiceApplication.submit(ApplicationNumber.random(), service, citizen.id(), citizen.actor(),
                place(service, outcome.answers()), now, policies.days(CaseKind.APPLICATION, service.code(), StepName.VERIFICATION.name()),
                days());
        store.insert(a, outcome.answers(), idempotencyKey, hash);
        for (StagedDocument d : application.documents().values()) {
            store.addDocument(a.id(), d.fieldCode(), d.storeKey(), d.contentType(), d.sizeBytes(), d.fileName(), now);
        }
        audit.recordAs(citizen.actor(), "APPLICATION_SUBMITTED", "application", a.number().value(), null,
                Map.of("service", service.code(), "status", a.status().name()));
        events.publishEvent(new ApplicationSubmitted(UUID.randomUUID(), a.number().value(), service.code(), a.agencyCode(),
                citizen.id(), now));
        return new Submitted(a.number().value(), true);
    }

    /**
     * The applicant sends the correction of a returned application: new answers for the questions named, new documents
     * for the documents named; fields not named stay as they were.
     */
    @Transactional
    public void resubmit(CitizenAccount applicant, String reference, Map<String, String> answers, Map<String, StagedDocument> replaced) {
        ServiceApplication a = ownedBy(applicant, reference);
        CatalogueEntry service = catalogue.find(a.serviceCode()).orElseThrow();
        Map<String, String> merged = new LinkedHashMap<>(store.answers(a.id()));
        answers.forEach((field, answer) -> {
            if (service.field(field).filter(f -> !f.file()).isPresent()) {
                merged.put(field, answer);
            }
        });
        Map<String, StagedDocument> documentsNow = new LinkedHashMap<>();
        store.documents(a.id()).stream().filter(StoredDocument::current).forEach(d -> documentsNow.put(d.fieldCode(),
                new StagedDocument(d.fieldCode(), d.storeKey(), d.contentType(), d.sizeBytes(), d.fileName())));
        documentsNow.putAll(replaced);
        AnswerChecks.Outcome outcome = checks.check(service, merged, documentsNow);
        if (!outcome.problems().isEmpty()) {
            throw new ApplicationRefused(INVALID, "Some answers need correcting: " + outcome.problems().keySet(), outcome.problems());
        }
        Instant now = clock.instant();
        ApplicationStatus before = a.status();
        a.resubmit(applicant.actor(), now, days());
        Map<String, String> stored = store.answers(a.id());
        outcome.answers().forEach((field, answer) -> {
            if (!answer.equals(stored.get(field))) {
                store.replaceAnswer(a.id(), field, answer);
            }
        });
        for (StagedDocument d : replaced.values()) {
            store.addDocument(a.id(), d.fieldCode(), d.storeKey(), d.contentType(), d.sizeBytes(), d.fileName(), now);
        }
        store.update(a);
        audited(applicant.actor(), "RESUBMITTED", a, before);
        events.publishEvent(new ApplicationResubmitted(UUID.randomUUID(), a.number().value(), a.serviceCode(), a.agencyCode(),
                a.citizenId(), now));
    }

    @Transactional
    public void startVerification(StaffMember by, String reference) {
        act(by, reference, a -> a.startVerification(by.username(), now()), a -> new ApplicationVerificationStarted(
                UUID.randomUUID(), a.number().value(), a.serviceCode(), a.agencyCode(), a.citizenId(), now()));
    }

    /** Returns the application for correction with a reason per field or document (codes of the service's fields). */
    @Transactional
    public void returnForCorrection(StaffMember by, String reference, Map<String, String> reasons) {
        Map<String, String> corrections = new TreeMap<>();
        reasons.forEach((field, reason) -> {
            if (reason != null && !reason.isBlank()) {
                corrections.put(field, reason.strip());
            }
        });
        act(by, reference, a -> {
            CatalogueEntry service = catalogue.find(a.serviceCode()).orElseThrow();
            for (String field : corrections.keySet()) {
                if (service.field(field).isEmpty()) {
                    throw new ApplicationRefused(INVALID, "No field " + field + " in " + service.code(),
                            Map.of(field, "eservice.field.unknown"));
                }
            }
            a.returnForCorrection(corrections, by.username(), now(), days());
        }, a -> new ApplicationReturned(UUID.randomUUID(), a.number().value(), a.serviceCode(), a.agencyCode(), a.citizenId(),
                now(), Map.copyOf(corrections)));
    }

    @Transactional
    public void accept(StaffMember by, String reference) {
        act(by, reference, a -> a.accept(by.username(), now(), policies.days(CaseKind.APPLICATION, a.serviceCode(),
                StepName.PROCESSING.name()), days()), a -> new ApplicationVerified(UUID.randomUUID(), a.number().value(),
                a.serviceCode(), a.agencyCode(), a.citizenId(), now()));
    }

    @Transactional
    public void sendForApproval(StaffMember by, String reference, String note) {
        act(by, reference, a -> a.sendForApproval(note, by.username(), now(), policies.days(CaseKind.APPLICATION,
                a.serviceCode(), StepName.APPROVAL.name()), days()), a -> new ApplicationProcessed(UUID.randomUUID(),
                a.number().value(), a.serviceCode(), a.agencyCode(), a.citizenId(), now()));
    }

    /** The agency head approves: the application is issued. */
    @Transactional
    public void approve(StaffMember by, String reference) {
        act(by, reference, a -> a.issue(a.status() == ApplicationStatus.APPROVAL ? issueDocument(a).verificationCode() : null,
                by.username(), now(), days()), a -> new ApplicationIssued(UUID.randomUUID(),
                a.number().value(), a.serviceCode(), a.agencyCode(), a.citizenId(), now(), a.documentCode()));
    }

    @Transactional
    public void reject(StaffMember by, String reference, String reason, String legalBasis) {
        act(by, reference, a -> a.reject(reason, legalBasis, by.username(), now()), a -> new ApplicationRejected(
                UUID.randomUUID(), a.number().value(), a.serviceCode(), a.agencyCode(), a.citizenId(), now(),
                a.decisionReason(), a.legalBasis()));
    }

    /**
     * The signed output document of an approved application, issued by the document module with the service's layout
     * (its code in lower case), the answers as printed values and the first NIK answered as the holder's (masked there).
     */
    private IssuedDocument issueDocument(ServiceApplication a) {
        CatalogueEntry service = catalogue.find(a.serviceCode()).orElseThrow();
        Map<String, String> answers = store.answers(a.id());
        LinkedHashMap<String, String> printed = new LinkedHashMap<>();
        String nik = null;
        for (FormField field : service.questions()) {
            String answer = answers.get(field.code());
            if (answer == null) {
                continue;
            }
            if (field.type() == FieldType.NIK) {
                nik = nik == null ? answer : nik;
                printed.put(field.label(), Nik.parse(answer).map(Nik::masked).orElse(answer));
            } else if (field.type() == FieldType.VILLAGE) {
                printed.put(field.label(), regions.village(answer).map(v -> v.name()).orElse(answer));
            } else {
                printed.put(field.label(), answer);
            }
        }
        String holder = citizens.find(a.citizenId()).map(CitizenAccount::displayName).orElse("-");
        return issuedDocuments.issue(new DocumentRequest(service.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                service.product().length() > 200 ? service.name() : service.product(), service.agencyCode(), holder, nik, printed,
                a.number().value()));
    }

    /** The signed PDF issued for an application, for its applicant. */
    public Optional<byte[]> issuedPdfForApplicant(CitizenAccount applicant, String reference) {
        ServiceApplication a = ownedBy(applicant, reference);
        return a.documentCode() == null ? Optional.empty() : Optional.of(issuedDocuments.pdf(a.documentCode()));
    }

    /** Takes one escalation step for the case mechanism's job; false when it is not due any more. */
    @Transactional
    boolean escalate(String reference, EscalationStep step) {
        ServiceApplication a = load(reference);
        ApplicationStatus before = a.status();
        if (!a.escalate(step, now())) {
            return false;
        }
        store.update(a);
        audited("sistem", "ESCALATED", a, before);
        events.publishEvent(new ApplicationEscalated(UUID.randomUUID(), a.number().value(), a.serviceCode(), a.agencyCode(),
                a.citizenId(), now(), step.name()));
        return true;
    }

    /** The application as its applicant sees it; another citizen's answers as not found. */
    public ApplicationView forApplicant(CitizenAccount applicant, String reference) {
        return view(ownedBy(applicant, reference));
    }

    /** The application as the handling agency sees it; refused for anyone else. */
    public ApplicationView forStaff(StaffMember by, String reference) {
        ServiceApplication a = load(reference);
        handledBy(by, a);
        return view(a);
    }

    /**
     * The application as the command centre, the leaders and the administrators follow it from their dashboards:
     * where it stands, its light, deadline and timeline, without the applicant's name, answers or documents, which
     * stay with the applicant and the handling agency; refused for anyone else.
     */
    public ApplicationView forOversight(StaffMember by, String reference) {
        if (!oversees(by)) {
            throw new ApplicationRefused(NOT_ALLOWED, "Only the command centre, leaders and administrators follow every application");
        }
        return view(load(reference)).withoutApplicant();
    }

    /** Whether the member follows every agency's applications (read only) rather than handling one agency's. */
    public static boolean oversees(StaffMember member) {
        return member.role() == Role.COMMAND_CENTER || member.role() == Role.LEADER || member.role() == Role.ADMIN;
    }

    public List<ApplicationSummary> ofApplicant(CitizenAccount applicant) {
        return store.ofCitizen(applicant.id(), now());
    }

    /** The applications of the member's agency; refused for staff not bound to an agency. */
    public List<ApplicationSummary> ofAgency(StaffMember by, int limit) {
        if (by.agencyCode() == null) {
            throw new ApplicationRefused(NOT_ALLOWED, "Only agency staff have an inbox of applications");
        }
        return store.ofAgency(by.agencyCode(), now(), limit);
    }

    /** A document's bytes for its applicant. */
    public Optional<DocumentContent> documentForApplicant(CitizenAccount applicant, String reference, long documentId) {
        return document(ownedBy(applicant, reference), documentId);
    }

    /** A document's bytes for the handling agency. */
    public Optional<DocumentContent> documentForStaff(StaffMember by, String reference, long documentId) {
        ServiceApplication a = load(reference);
        handledBy(by, a);
        return document(a, documentId);
    }

    /** The bytes of a stored document with its type; the caller closes the stream. */
    public record DocumentContent(StoredDocument document, InputStream content) {
    }

    private Optional<DocumentContent> document(ServiceApplication a, long documentId) {
        return store.documents(a.id()).stream().filter(d -> d.id() == documentId).findFirst()
                .flatMap(d -> documents.read(d).map(in -> new DocumentContent(d, in)));
    }

    private void act(StaffMember by, String reference, Consumer<ServiceApplication> step,
            java.util.function.Function<ServiceApplication, ApplicationEvent> event) {
        ServiceApplication a = load(reference);
        handledBy(by, a);
        CatalogueEntry service = catalogue.find(a.serviceCode()).orElseThrow();
        StepName owed = a.status().step();
        if (owed != null && service.step(owed).filter(s -> s.takenBy(by.role())).isEmpty()) {
            throw new ApplicationRefused(NOT_ALLOWED, "This step of " + service.code() + " is taken by "
                    + service.step(owed).map(s -> s.actingRole().name()).orElse("nobody"));
        }
        ApplicationStatus before = a.status();
        step.accept(a);
        List<ApplicationStep> taken = a.recordedSteps();
        store.update(a);
        audited(by.username(), taken.isEmpty() ? "CHANGED" : taken.get(taken.size() - 1).action(), a, before);
        events.publishEvent(event.apply(a));
    }

    private void audited(String actor, String action, ServiceApplication a, ApplicationStatus before) {
        audit.recordAs(actor, "APPLICATION_" + action, "application", a.number().value(), Map.of("status", before.name()),
                Map.of("status", a.status().name()));
    }

    private ServiceApplication ownedBy(CitizenAccount applicant, String reference) {
        ServiceApplication a = load(reference);
        if (a.citizenId() != applicant.id()) {
            throw new NotFoundException("No application " + reference);
        }
        return a;
    }

    private static void handledBy(StaffMember by, ServiceApplication a) {
        if (!by.worksFor(a.agencyCode())) {
            throw new ApplicationRefused(NOT_ALLOWED, "Only the agency handling the application sees it");
        }
    }

    ServiceApplication load(String reference) {
        return ApplicationNumber.parse(reference).flatMap(store::find)
                .orElseThrow(() -> new NotFoundException("No application " + reference));
    }

    private ApplicationView view(ServiceApplication a) {
        CatalogueEntry service = catalogue.find(a.serviceCode()).orElseThrow();
        List<ApplicationStep> timeline = store.timeline(a.id());
        Map<String, String> open = Map.of();
        if (a.status() == ApplicationStatus.RETURNED) {
            for (ApplicationStep step : timeline) {
                if (step.action().equals("RETURNED")) {
                    open = step.corrections();
                }
            }
        }
        String applicantName = citizens.find(a.citizenId()).map(CitizenAccount::displayName).orElse("");
        return new ApplicationView(a.number().value(), service, a.citizenId(), applicantName, a.status(), a.light(now()),
                a.caseFile().dueAt(), a.caseFile().pausedRemaining(), a.caseFile().late(), a.submittedAt(), a.decidedAt(),
                a.decisionReason(), a.legalBasis(), a.documentCode(), store.answers(a.id()), store.documents(a.id()), open, timeline);
    }

    private CasePlace place(CatalogueEntry service, Map<String, String> answers) {
        for (FormField field : service.questions()) {
            if (field.type() == FieldType.VILLAGE && answers.containsKey(field.code())) {
                return regions.village(answers.get(field.code()))
                        .map(v -> new CasePlace(v.districtCode(), v.code(), null, null)).orElse(CasePlace.NOWHERE);
            }
        }
        return CasePlace.NOWHERE;
    }

    private static String hash(NewApplication application) {
        StringBuilder text = new StringBuilder(application.serviceCode()).append('\n');
        new TreeMap<>(application.answers()).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        new TreeMap<>(application.documents()).forEach((k, v) -> text.append(k).append("#").append(v.sizeBytes()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private WorkingDayCalendar days() {
        return calendar.workingDays();
    }
}
