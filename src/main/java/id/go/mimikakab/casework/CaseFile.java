package id.go.mimikakab.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.system.Wit;

/**
 * The deadline machinery of one case, held by the aggregate of its kind (a report, an application, a booking):
 * who owes the next step and by when, the working days left while the clock is paused for the citizen, when the
 * agency got it and when and how punctually it answered, whether it is late, closed, and how far up the
 * escalation ladder it stands. The owner moves it by its own rules and stores it with itself, in one transaction,
 * through {@link CaseFiles}; every kind thereby gets the same lights, lateness and escalation.
 */
public final class CaseFile {

    private Long id;
    private final CaseKind kind;
    private final String reference;
    private final String subjectCode;
    private final String summary;
    private final boolean confidential;
    private final CasePlace place;
    private final Instant openedAt;
    private String stage;
    private Party waitingOn;
    private String agencyCode;
    private String assignee;
    private boolean needsRouting;
    private Instant dueAt;
    private Integer pausedRemaining;
    private Instant assignedAt;
    private Instant answeredAt;
    private String answeredBy;
    private Boolean answerLate;
    private Integer answerWorkingDays;
    private boolean late;
    private Instant closedAt;
    private int escalationLevel;

    private CaseFile(CaseKind kind, String reference, String subjectCode, String summary, boolean confidential,
            CasePlace place, Instant openedAt, String stage) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.subjectCode = Objects.requireNonNull(subjectCode, "subjectCode");
        this.summary = summary == null || summary.length() <= 200 ? summary : summary.substring(0, 199) + "…";
        this.confidential = confidential;
        this.place = place == null ? CasePlace.NOWHERE : place;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /**
     * A new case, in the owner's first stage, that nobody owes anything yet; the owner then says who owes the first
     * step ({@link #owe}, {@link #handTo}). The summary (at most 200 characters are kept) and the place are what
     * the dashboards' lists and maps show; a confidential case's summary is shown to those who may read it only.
     */
    public static CaseFile open(CaseKind kind, String reference, String subjectCode, String summary, boolean confidential,
            CasePlace place, Instant openedAt, String stage) {
        return new CaseFile(kind, reference, subjectCode, summary, confidential, place, openedAt, stage);
    }

    /** A new deadline for the next step, owed by {@code party}; the escalation ladder starts again. */
    public void owe(Party party, Instant now, WorkingDays days, WorkingDayCalendar calendar) {
        if (!Objects.requireNonNull(party, "party").government()) {
            throw new IllegalArgumentException("The citizen is waited for with pause(), not given a deadline");
        }
        waitingOn = party;
        dueAt = calendar.deadline(now, days).toInstant();
        pausedRemaining = null;
        escalationLevel = 0;
    }

    /**
     * Hands the case to an agency, which then owes the next step within {@code days}: a new assignment (nobody in
     * charge yet), a fresh deadline and ladder, and the moment from which its answer's punctuality is counted.
     */
    public void handTo(String agency, Instant now, WorkingDays days, WorkingDayCalendar calendar) {
        agencyCode = Objects.requireNonNull(agency, "agency");
        assignee = null;
        assignedAt = now;
        needsRouting = false;
        owe(Party.AGENCY, now, days, calendar);
    }

    /** Whether the government owes the next step and its deadline has passed. */
    public boolean overdue(Instant now) {
        return waitingOn != null && waitingOn.government() && dueAt != null && now.isAfter(dueAt);
    }

    /**
     * The government waits for the citizen (a question, a correction): its clock stops with the working days it had
     * left, at least one, counted from tomorrow; the light is yellow, never red, while it waits.
     */
    public void pause(Instant now, WorkingDayCalendar calendar) {
        if (waitingOn == null || !waitingOn.government() || dueAt == null) {
            throw new IllegalStateException("Only a running government deadline can be paused");
        }
        LocalDate today = Wit.dateOf(now);
        pausedRemaining = Math.max(1, calendar.workingDaysBetween(today.plusDays(1), Wit.dateOf(dueAt)));
        waitingOn = Party.CITIZEN;
        dueAt = null;
    }

    /** The citizen has answered: {@code party} owes the step again, with the working days the clock had left. */
    public void resume(Party party, Instant now, WorkingDayCalendar calendar) {
        if (waitingOn != Party.CITIZEN) {
            throw new IllegalStateException("Only a paused case resumes");
        }
        waitingOn = party;
        dueAt = calendar.deadline(now, WorkingDays.of(pausedRemaining == null ? 1 : pausedRemaining)).toInstant();
        pausedRemaining = null;
    }

    /**
     * The agency has given its answer (for a report its first follow-up, for an application its decision): the
     * deadline ends, and the answer is kept with its time, who gave it, whether it came late and how many working
     * days after the case reached the agency; nothing is owed until the owner says otherwise.
     */
    public void answer(String by, Instant now, boolean answeredLate, WorkingDayCalendar calendar) {
        answeredAt = now;
        answeredBy = by;
        answerWorkingDays = assignedAt == null ? 0
                : calendar.workingDaysBetween(Wit.dateOf(assignedAt).plusDays(1), Wit.dateOf(now));
        answerLate = answeredLate;
        late = answeredLate;
        dueAt = null;
        waitingOn = null;
    }

    /** Closes a case that is refused without an answer (rejected, not the regency's business), late or not. */
    public void refuse(Instant now, boolean refusedLate) {
        late = refusedLate;
        dueAt = null;
        waitingOn = null;
        needsRouting = false;
        closedAt = now;
    }

    /** Nothing more is owed on this case: it is closed. */
    public void close(Instant now) {
        dueAt = null;
        waitingOn = null;
        needsRouting = false;
        closedAt = now;
    }

    /** Puts a member of the agency in charge. */
    public void assign(String username) {
        assignee = username;
    }

    /** Whether the command centre has to route the case (new, or an agency says it is not theirs). */
    public void needsRouting(boolean needed) {
        needsRouting = needed;
    }

    /** The owner's name for where the case stands (its status), shown and filtered on by the dashboards. */
    public void stage(String now) {
        stage = Objects.requireNonNull(now, "stage");
    }

    /**
     * Climbs the escalation ladder to {@code step} while the party the step is about still owes; false, with nothing
     * changed, when the case already stands there or higher, or that party no longer owes the step.
     */
    public boolean climb(EscalationStep step) {
        if (waitingOn != step.waitingOn() || step.level() <= escalationLevel) {
            return false;
        }
        escalationLevel = step.level();
        return true;
    }

    public Light light(Instant now) {
        return Light.of(waitingOn, dueAt, now);
    }

    public boolean open() {
        return closedAt == null;
    }

    public Long id() {
        return id;
    }

    void storedAs(long storedId) {
        if (id != null && id != storedId) {
            throw new IllegalStateException("Case " + reference + " is stored as " + id + ", not " + storedId);
        }
        id = storedId;
    }

    public CaseKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String subjectCode() {
        return subjectCode;
    }

    public String summary() {
        return summary;
    }

    public boolean confidential() {
        return confidential;
    }

    public CasePlace place() {
        return place;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String stage() {
        return stage;
    }

    public Party waitingOn() {
        return waitingOn;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String assignee() {
        return assignee;
    }

    public boolean needsRouting() {
        return needsRouting;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Integer pausedRemaining() {
        return pausedRemaining;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Boolean answerLate() {
        return answerLate;
    }

    public Integer answerWorkingDays() {
        return answerWorkingDays;
    }

    public boolean late() {
        return late;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    /** The stored state of a case, as {@link CaseFiles} reads it back. */
    static CaseFile restored(long id, CaseKind kind, String reference, String subjectCode, String summary,
            boolean confidential, CasePlace place, Instant openedAt, String stage, Stored state) {
        CaseFile c = new CaseFile(kind, reference, subjectCode, summary, confidential, place, openedAt, stage);
        c.id = id;
        c.waitingOn = state.waitingOn();
        c.agencyCode = state.agencyCode();
        c.assignee = state.assignee();
        c.needsRouting = state.needsRouting();
        c.dueAt = state.dueAt();
        c.pausedRemaining = state.pausedRemaining();
        c.assignedAt = state.assignedAt();
        c.answeredAt = state.answeredAt();
        c.answeredBy = state.answeredBy();
        c.answerLate = state.answerLate();
        c.answerWorkingDays = state.answerWorkingDays();
        c.late = state.late();
        c.closedAt = state.closedAt();
        c.escalationLevel = state.escalationLevel();
        return c;
    }

    /** The changing part of a case as stored. */
    record Stored(Party waitingOn, String agencyCode, String assignee, boolean needsRouting, Instant dueAt,
            Integer pausedRemaining, Instant assignedAt, Instant answeredAt, String answeredBy, Boolean answerLate,
            Integer answerWorkingDays, boolean late, Instant closedAt, int escalationLevel) {
    }
}
