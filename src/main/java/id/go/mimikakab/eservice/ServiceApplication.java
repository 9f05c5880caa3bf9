package id.go.mimikakab.eservice;

import static id.go.mimikakab.eservice.ApplicationRefused.Kind.ILLEGAL_TRANSITION;
import static id.go.mimikakab.eservice.ApplicationRefused.Kind.INVALID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.casework.CaseFile;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.CasePlace;
import id.go.mimikakab.casework.EscalationStep;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.casework.Party;
import id.go.mimikakab.system.PlainText;

/**
 * A citizen's application for a service and the rules of its workflow: SUBMITTED → VERIFICATION → (RETURNED →
 * VERIFICATION)* → PROCESSING → APPROVAL → ISSUED, or REJECTED with a legal reason. Each step moves the deadline of
 * the agency through the application's {@link CaseFile} (the case mechanism reports use too): a deadline per step,
 * paused while the application is with the applicant; an illegal transition is refused; every step is recorded.
 */
class ServiceApplication {

    static final int MAX_NOTE = 2000;

    private Long id;
    private final ApplicationNumber number;
    private final String serviceCode;
    private final long citizenId;
    private final Instant submittedAt;
    private final CaseFile caseFile;
    private ApplicationStatus status;
    private Instant decidedAt;
    private String decisionReason;
    private String legalBasis;
    private String documentCode;
    private boolean lateStep;
    private int version;
    private final List<ApplicationStep> recorded = new ArrayList<>();

    private ServiceApplication(Long id, ApplicationNumber number, String serviceCode, long citizenId, Instant submittedAt,
            CaseFile caseFile) {
        this.id = id;
        this.number = number;
        this.serviceCode = serviceCode;
        this.citizenId = citizenId;
        this.submittedAt = submittedAt;
        this.caseFile = caseFile;
        this.status = ApplicationStatus.valueOf(caseFile.stage());
    }

    /** A new application, with the agency, which owes the verification within the service's verification days. */
    static ServiceApplication submit(ApplicationNumber number, CatalogueEntry service, long citizenId, String actor,
            CasePlace place, Instant now, WorkingDays verification, WorkingDayCalendar calendar) {
        CaseFile opened = CaseFile.open(CaseKind.APPLICATION, number.value(), service.code(), service.name(), false, place, now,
                ApplicationStatus.SUBMITTED.name());
        opened.handTo(service.agencyCode(), now, verification, calendar);
        ServiceApplication a = new ServiceApplication(null, number, service.code(), citizenId, now, opened);
        a.record(now, actor, "SUBMITTED", null, false, Map.of());
        return a;
    }

    static ServiceApplication restored(long id, ApplicationNumber number, String serviceCode, long citizenId,
            Instant submittedAt, CaseFile caseFile, Instant decidedAt, String decisionReason, String legalBasis,
            String documentCode, boolean lateStep, int version) {
        ServiceApplication a = new ServiceApplication(id, number, serviceCode, citizenId, submittedAt, caseFile);
        a.decidedAt = decidedAt;
        a.decisionReason = decisionReason;
        a.legalBasis = legalBasis;
        a.documentCode = documentCode;
        a.lateStep = lateStep;
        a.version = version;
        return a;
    }

    /** An officer takes the application up; the verification deadline keeps running. */
    void startVerification(String actor, Instant now) {
        require(Set.of(ApplicationStatus.SUBMITTED), "start verification");
        moveTo(ApplicationStatus.VERIFICATION);
        record(now, actor, "VERIFICATION_STARTED", null, false, Map.of());
    }

    /**
     * Returns the application for correction, with a reason for each field or document to correct; the agency's clock
     * stops with the working days it had left until the applicant sends the correction.
     */
    void returnForCorrection(Map<String, String> reasons, String actor, Instant now, WorkingDayCalendar calendar) {
        require(ApplicationStatus.BEING_VERIFIED, "return");
        if (reasons == null || reasons.isEmpty()) {
            throw new ApplicationRefused(INVALID, "Name at least one field or document to correct, with a reason",
                    Map.of("corrections", "eservice.return.noReasons"));
        }
        for (Map.Entry<String, String> reason : reasons.entrySet()) {
            String cleaned = PlainText.clean(reason.getValue());
            if (cleaned == null || cleaned.isBlank() || cleaned.length() > 1000) {
                throw new ApplicationRefused(INVALID, "Each correction needs a reason of at most 1,000 characters",
                        Map.of(reason.getKey(), "eservice.return.reasonRequired"));
            }
        }
        boolean late = caseFile.overdue(now);
        lateStep |= late;
        caseFile.pause(now, calendar);
        moveTo(ApplicationStatus.RETURNED);
        record(now, actor, "RETURNED", null, late, reasons);
    }

    /** The applicant sends the correction: the agency verifies again, with the working days its clock had left. */
    void resubmit(String actor, Instant now, WorkingDayCalendar calendar) {
        require(Set.of(ApplicationStatus.RETURNED), "resubmit");
        caseFile.resume(Party.AGENCY, now, calendar);
        moveTo(ApplicationStatus.VERIFICATION);
        record(now, actor, "RESUBMITTED", null, false, Map.of());
    }

    /** The documents are complete: processing starts, with its own deadline. */
    void accept(String actor, Instant now, WorkingDays processing, WorkingDayCalendar calendar) {
        require(ApplicationStatus.BEING_VERIFIED, "accept");
        boolean late = stepDone(now);
        caseFile.owe(Party.AGENCY, now, processing, calendar);
        moveTo(ApplicationStatus.PROCESSING);
        record(now, actor, "VERIFIED", null, late, Map.of());
    }

    /** The product is ready: the agency head approves it, within the approval deadline. */
    void sendForApproval(String note, String actor, Instant now, WorkingDays approval, WorkingDayCalendar calendar) {
        require(Set.of(ApplicationStatus.PROCESSING), "send for approval");
        boolean late = stepDone(now);
        caseFile.owe(Party.AGENCY, now, approval, calendar);
        moveTo(ApplicationStatus.APPROVAL);
        record(now, actor, "PROCESSED", optional(note), late, Map.of());
    }

    /**
     * The head approves: the document is issued and the case answered and closed, late when any step of the agency
     * was taken after its deadline.
     */
    void issue(String issuedDocumentCode, String actor, Instant now, WorkingDayCalendar calendar) {
        require(Set.of(ApplicationStatus.APPROVAL), "issue");
        boolean late = stepDone(now);
        documentCode = issuedDocumentCode;
        decidedAt = now;
        caseFile.answer(actor, now, lateStep, calendar);
        caseFile.close(now);
        moveTo(ApplicationStatus.ISSUED);
        record(now, actor, "ISSUED", issuedDocumentCode, late, Map.of());
    }

    /** Refuses the application with the reason the applicant reads and the legal basis it rests on. */
    void reject(String reason, String basis, String actor, Instant now) {
        require(ApplicationStatus.REJECTABLE, "reject");
        String why = PlainText.clean(reason);
        String law = PlainText.clean(basis);
        if (why == null || why.isBlank() || why.length() > MAX_NOTE) {
            throw new ApplicationRefused(INVALID, "A rejection needs the reason the applicant reads",
                    Map.of("reason", "eservice.reject.reasonRequired"));
        }
        if (law == null || law.isBlank() || law.length() > 500) {
            throw new ApplicationRefused(INVALID, "A rejection names its legal basis", Map.of("legalBasis", "eservice.reject.basisRequired"));
        }
        boolean late = stepDone(now);
        decisionReason = why.strip();
        legalBasis = law.strip();
        decidedAt = now;
        caseFile.refuse(now, lateStep);
        moveTo(ApplicationStatus.REJECTED);
        record(now, actor, "REJECTED", decisionReason + " (" + legalBasis + ")", late, Map.of());
    }

    /** Takes an escalation step of the case mechanism's ladder; false when it is not due any more. */
    boolean escalate(EscalationStep step, Instant now) {
        if (!status.open() || !caseFile.climb(step)) {
            return false;
        }
        record(now, "sistem", "ESCALATED", step.name(), false, Map.of());
        return true;
    }

    /** Whether the step the agency owes now ends after its deadline; remembered for the late flag. */
    private boolean stepDone(Instant now) {
        boolean late = caseFile.overdue(now);
        lateStep |= late;
        return late;
    }

    private void require(Set<ApplicationStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ApplicationRefused(ILLEGAL_TRANSITION, "Cannot " + action + " an application that is " + status);
        }
    }

    private void moveTo(ApplicationStatus next) {
        status = next;
        caseFile.stage(next.name());
    }

    private void record(Instant at, String actor, String action, String note, boolean late, Map<String, String> corrections) {
        recorded.add(new ApplicationStep(at, actor, action, status, note, late, corrections));
    }

    private static String optional(String note) {
        String cleaned = PlainText.clean(note);
        if (cleaned != null && cleaned.length() > MAX_NOTE) {
            throw new ApplicationRefused(INVALID, "A note has at most 2,000 characters", Map.of("note", "eservice.note.tooLong"));
        }
        return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
    }

    Light light(Instant now) {
        return caseFile.light(now);
    }

    void storedAs(long storedId) {
        id = storedId;
    }

    void stepsStored() {
        recorded.clear();
    }

    void versionStored() {
        version++;
        recorded.clear();
    }

    Long id() {
        return id;
    }

    ApplicationNumber number() {
        return number;
    }

    String serviceCode() {
        return serviceCode;
    }

    String agencyCode() {
        return caseFile.agencyCode();
    }

    long citizenId() {
        return citizenId;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    CaseFile caseFile() {
        return caseFile;
    }

    ApplicationStatus status() {
        return status;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionReason() {
        return decisionReason;
    }

    String legalBasis() {
        return legalBasis;
    }

    String documentCode() {
        return documentCode;
    }

    boolean lateStep() {
        return lateStep;
    }

    int version() {
        return version;
    }

    List<ApplicationStep> recordedSteps() {
        return List.copyOf(recorded);
    }
}
