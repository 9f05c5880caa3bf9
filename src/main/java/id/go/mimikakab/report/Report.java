package id.go.mimikakab.report;

import static id.go.mimikakab.report.ReportRefused.Kind.ILLEGAL_TRANSITION;
import static id.go.mimikakab.report.ReportRefused.Kind.INVALID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
 * A citizen's report and the rules of its lifecycle. Every transition checks the current status, moves the
 * deadline of whoever owes the next step (through its {@link CaseFile}, the case mechanism every kind of case
 * shares), records a timeline entry and registers the {@link ReportEvent} that tells other modules of the step
 * (published by {@link ReportStore} when the report is stored); illegal transitions are refused.
 */
class Report {

    /** Working days after completion during which the reporter may confirm or reopen. */
    static final WorkingDays CLOSE_AFTER = WorkingDays.of(10);
    /** The longest note staff may write (a column of 4,000 characters). */
    public static final int MAX_STAFF_TEXT = 4000;
    /** The longest answer, comment or reason a reporter may write, as the tracking page's forms allow. */
    public static final int MAX_REPORTER_TEXT = 2000;

    private Long id;
    private final TicketNumber ticket;
    private final NewReport content;
    private final Channel channel;
    private final String recordedBy;
    private final CaseFile caseFile;
    private ReportStatus status;
    private Instant acknowledgedAt;
    private Instant completedAt;
    private Instant closeDueAt;
    private Instant completionTargetAt;
    private LocalDate plannedFor;
    private RejectionReason rejectionReason;
    private String mergedInto;
    private Integer rating;
    private int meToo;
    private boolean rerouteRequested;
    private int version;

    private final List<TimelineEntry> recorded = new ArrayList<>();
    private final List<ReportEvent> events = new ArrayList<>();

    private Report(TicketNumber ticket, NewReport content, Channel channel, String recordedBy, CaseFile caseFile) {
        this.ticket = ticket;
        this.content = content;
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.caseFile = caseFile;
        this.status = ReportStatus.valueOf(caseFile.stage());
    }

    /** A new report, waiting for the command centre to verify it within the category's verification time. */
    static Report submit(TicketNumber ticket, NewReport content, Channel channel, String recordedBy, Instant now,
            SlaPolicy policy, WorkingDayCalendar calendar) {
        CaseFile opened = CaseFile.open(CaseKind.REPORT, ticket.value(), content.categoryCode(), content.description(),
                content.confidential(), new CasePlace(content.districtCode(), content.villageCode(), content.latitude(),
                        content.longitude()), now, ReportStatus.SUBMITTED.name());
        opened.owe(Party.COMMAND_CENTER, now, policy.verification(), calendar);
        opened.needsRouting(true);
        Report report = new Report(ticket, content, channel, recordedBy, opened);
        String actor = recordedBy == null ? "warga" : recordedBy;
        report.record(now, actor, "SUBMITTED", null, channel.recordedByStaff() ? "channel " + channel : null, false);
        report.register(new ReportSubmitted(report.facts(now), content.kind(), content.categoryCode(), content.description(),
                content.villageCode()));
        return report;
    }

    /** A stored report as {@link ReportStore} reads it back, with its case. */
    static Report restored(long id, TicketNumber ticket, NewReport content, Channel channel, String recordedBy,
            CaseFile caseFile, Stored state) {
        Report r = new Report(ticket, content, channel, recordedBy, caseFile);
        r.id = id;
        r.acknowledgedAt = state.acknowledgedAt();
        r.completedAt = state.completedAt();
        r.closeDueAt = state.closeDueAt();
        r.completionTargetAt = state.completionTargetAt();
        r.plannedFor = state.plannedFor();
        r.rejectionReason = state.rejectionReason();
        r.mergedInto = state.mergedInto();
        r.rating = state.rating();
        r.meToo = state.meToo();
        r.rerouteRequested = state.rerouteRequested();
        r.version = state.version();
        return r;
    }

    Light light(Instant now) {
        return caseFile.light(now);
    }

    /** Sends the report to an agency, which then owes a follow-up within the category's follow-up time. */
    void routeTo(String agency, String actor, Instant now, SlaPolicy policy, WorkingDayCalendar calendar) {
        require(ReportStatus.ROUTABLE, "route");
        boolean reroute = ReportStatus.WITH_AGENCY_BEFORE_FOLLOW_UP.contains(status);
        if (reroute && agency.equals(caseFile.agencyCode())) {
            throw new ReportRefused(INVALID, "The report is already with " + agency);
        }
        boolean verifiedLate = status == ReportStatus.SUBMITTED && caseFile.overdue(now);
        acknowledgedAt = null;
        rerouteRequested = false;
        caseFile.handTo(agency, now, policy.followUp(), calendar);
        moveTo(ReportStatus.ROUTED);
        record(now, actor, reroute ? "REROUTED" : "ROUTED", null, null, verifiedLate);
        register(new ReportRouted(facts(now), reroute));
    }

    /**
     * Rejects the report with a reason; a duplicate is merged into the {@code original} report (null for every other
     * reason), whose ticket its reporter is told unless the original is confidential.
     */
    void reject(RejectionReason reason, String publicNote, Report original, String actor, Instant now) {
        require(ReportStatus.AWAITING_VERIFICATION, "reject");
        publicNote = text(publicNote, MAX_STAFF_TEXT, "A rejection needs a note the reporter can read");
        boolean duplicate = reason == RejectionReason.DUPLICATE;
        if (duplicate && (original == null || original.ticket().equals(ticket))) {
            throw new ReportRefused(INVALID, "A duplicate must name the other ticket");
        }
        boolean wasLate = status == ReportStatus.SUBMITTED && caseFile.overdue(now);
        rejectionReason = reason;
        mergedInto = duplicate ? original.ticket().value() : null;
        caseFile.refuse(now, wasLate);
        moveTo(ReportStatus.REJECTED);
        record(now, actor, duplicate ? "MERGED" : "REJECTED", publicNote, null, wasLate);
        register(duplicate
                ? new ReportMerged(facts(now), original.content().confidential() ? null : mergedInto, publicNote)
                : new ReportRejected(facts(now), reason, publicNote));
    }

    /** Asks the reporter a question; the verification clock pauses with the working days it had left. */
    void askForInformation(String question, String actor, Instant now, WorkingDayCalendar calendar) {
        require(Set.of(ReportStatus.SUBMITTED), "ask for information");
        question = text(question, MAX_STAFF_TEXT, "A question is required");
        caseFile.pause(now, calendar);
        moveTo(ReportStatus.NEEDS_INFO);
        record(now, actor, "INFO_REQUESTED", question, null, false);
        register(new ReportInfoRequested(facts(now), question));
    }

    /** The reporter's answer restarts the verification clock with the working days it had left. */
    void answerInformation(String answer, Instant now, WorkingDayCalendar calendar) {
        require(Set.of(ReportStatus.NEEDS_INFO), "answer");
        answer = text(answer, MAX_REPORTER_TEXT, "An answer is required");
        caseFile.resume(Party.COMMAND_CENTER, now, calendar);
        moveTo(ReportStatus.SUBMITTED);
        record(now, "pelapor", "INFO_PROVIDED", answer, null, false);
        register(new ReportInfoGiven(facts(now)));
    }

    /** The agency confirms it has seen the report; the follow-up deadline keeps running. */
    void acknowledge(String actor, Instant now) {
        require(ReportStatus.WITH_AGENCY_BEFORE_FOLLOW_UP, "acknowledge");
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            record(now, actor, "ACKNOWLEDGED", null, null, false);
            register(new ReportAcknowledged(facts(now)));
        }
    }

    /** Puts a member of the agency in charge. */
    void assignTo(String username, String actor, Instant now) {
        require(ReportStatus.WITH_AGENCY, "assign");
        caseFile.assign(username);
        record(now, actor, "ASSIGNED", null, "PIC: " + username, false);
        register(new ReportAssigned(facts(now), username));
    }

    /**
     * Posts a follow-up. The first one ends the agency's follow-up deadline (late if after it); later ones add
     * to the timeline. An internal note is visible to staff only.
     */
    void followUp(String message, boolean visibleToPublic, String actor, Instant now, SlaPolicy policy,
            WorkingDayCalendar calendar) {
        require(ReportStatus.WITH_AGENCY, "follow up");
        message = text(message, MAX_STAFF_TEXT, "A follow-up needs a message");
        boolean first = ReportStatus.WITH_AGENCY_BEFORE_FOLLOW_UP.contains(status);
        boolean wasLate = first && caseFile.overdue(now);
        if (first) {
            answered(actor, now, wasLate, policy, calendar);
            moveTo(ReportStatus.FOLLOWED_UP);
        }
        record(now, actor, "FOLLOWED_UP", visibleToPublic ? message : null, visibleToPublic ? null : message, wasLate);
        register(new ReportFollowedUp(facts(now), first, visibleToPublic ? message : null));
    }

    /** Marks the work as under way, optionally with the date it is planned for. */
    void startWork(LocalDate planned, String note, String actor, Instant now) {
        require(ReportStatus.FOLLOWED_UP_OR_LATER, "start work");
        note = optionalText(note, MAX_STAFF_TEXT);
        plannedFor = planned;
        moveTo(ReportStatus.IN_PROGRESS);
        record(now, actor, "IN_PROGRESS", note, null, false);
        register(new ReportWorkStarted(facts(now), planned, note));
    }

    /** Reports the work done; the reporter then has ten working days to confirm or reopen. */
    void complete(String evidence, String actor, Instant now, SlaPolicy policy, WorkingDayCalendar calendar) {
        require(ReportStatus.WITH_AGENCY, "complete");
        evidence = text(evidence, MAX_STAFF_TEXT, "Completion needs a description of what was done");
        boolean wasLate = false;
        if (ReportStatus.WITH_AGENCY_BEFORE_FOLLOW_UP.contains(status)) {
            wasLate = caseFile.overdue(now);
            answered(actor, now, wasLate, policy, calendar);
        }
        completedAt = now;
        closeDueAt = calendar.deadline(now, CLOSE_AFTER).toInstant();
        moveTo(ReportStatus.COMPLETED);
        record(now, actor, "COMPLETED", evidence, null, wasLate);
        register(new ReportCompleted(facts(now), evidence));
    }

    /** The reporter confirms the work with a rating of 1 to 5; the report closes. */
    void confirm(int stars, String comment, Instant now) {
        require(Set.of(ReportStatus.COMPLETED), "confirm");
        if (stars < 1 || stars > 5) {
            throw new ReportRefused(INVALID, "A rating is 1 to 5");
        }
        comment = optionalText(comment, MAX_REPORTER_TEXT);
        rating = stars;
        caseFile.close(now);
        moveTo(ReportStatus.CLOSED);
        record(now, "pelapor", "CONFIRMED", comment, "rating " + stars, false);
        register(new ReportClosed(facts(now), false));
    }

    /** The reporter is not satisfied: back to the agency with a new follow-up deadline. */
    void reopen(String reason, Instant now, SlaPolicy policy, WorkingDayCalendar calendar) {
        require(Set.of(ReportStatus.COMPLETED), "reopen");
        if (closeDueAt != null && now.isAfter(closeDueAt)) {
            throw new ReportRefused(ILLEGAL_TRANSITION, "The time to reopen this report has passed");
        }
        reason = text(reason, MAX_REPORTER_TEXT, "Say why the report is reopened");
        caseFile.owe(Party.AGENCY, now, policy.followUp(), calendar);
        // a re-route the agency asked for before its answer still stands (the command centre's queue shows it)
        caseFile.needsRouting(rerouteRequested);
        completedAt = null;
        closeDueAt = null;
        acknowledgedAt = null;
        moveTo(ReportStatus.REOPENED);
        record(now, "pelapor", "REOPENED", reason, null, false);
        register(new ReportReopened(facts(now), reason));
    }

    /** Closes a completed report whose reporter did not reply within ten working days. */
    boolean closeIfSilent(Instant now) {
        if (status != ReportStatus.COMPLETED || closeDueAt == null || !now.isAfter(closeDueAt)) {
            return false;
        }
        caseFile.close(now);
        moveTo(ReportStatus.CLOSED);
        record(now, "system", "AUTO_CLOSED", null, null, false);
        register(new ReportClosed(facts(now), true));
        return true;
    }

    /**
     * Climbs the escalation ladder to the given step while the government still owes the step the ladder is
     * about; false, with nothing recorded, when the report already stands there or the owed step was taken.
     */
    boolean escalate(EscalationStep step, Instant now) {
        if (!caseFile.climb(step)) {
            return false;
        }
        record(now, "system", "ESCALATED", null, step.name() + " (level " + step.level() + ")", caseFile.overdue(now));
        register(new ReportEscalated(facts(now), step, caseFile.assignee()));
        return true;
    }

    /** The agency says the report is not theirs; the command centre decides, and the agency's clock keeps running. */
    void requestReroute(String reason, String actor, Instant now) {
        require(ReportStatus.WITH_AGENCY_BEFORE_FOLLOW_UP, "request re-routing");
        reason = text(reason, MAX_STAFF_TEXT, "Say why the report belongs elsewhere");
        rerouteRequested = true;
        caseFile.needsRouting(true);
        record(now, actor, "REROUTE_REQUESTED", null, reason, false);
        register(new ReportRerouteRequested(facts(now)));
    }

    /** One more "saya juga mengalami", already counted in the database. */
    void countedMeToo() {
        meToo++;
    }

    private void answered(String actor, Instant now, boolean wasLate, SlaPolicy policy, WorkingDayCalendar calendar) {
        Instant routed = caseFile.assignedAt();
        caseFile.answer(actor, now, wasLate, calendar);
        completionTargetAt = calendar.deadline(routed == null ? now : routed, policy.completion()).toInstant();
    }

    private void moveTo(ReportStatus next) {
        status = next;
        caseFile.stage(next.name());
    }

    /** The cleaned text (see {@link PlainText}), refused when empty or longer than {@code max}. */
    private static String text(String typed, int max, String whenEmpty) {
        String clean = optionalText(typed, max);
        if (clean == null) {
            throw new ReportRefused(INVALID, whenEmpty);
        }
        return clean;
    }

    private static String optionalText(String typed, int max) {
        String clean = PlainText.clean(typed);
        if (clean != null && clean.length() > max) {
            throw new ReportRefused(INVALID, "A text has at most " + max + " characters; this one has " + clean.length());
        }
        return clean;
    }

    private void require(Set<ReportStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ReportRefused(ILLEGAL_TRANSITION, "Cannot " + action + " a report that is " + status);
        }
    }

    private void record(Instant at, String actor, String action, String publicNote, String internalNote, boolean wasLate) {
        recorded.add(new TimelineEntry(at, actor, action, status, publicNote, internalNote, caseFile.agencyCode(), wasLate));
    }

    private void register(ReportEvent event) {
        events.add(event);
    }

    /** What every event of this report tells, as the report stands now. */
    private ReportEvent.Facts facts(Instant now) {
        return new ReportEvent.Facts(UUID.randomUUID(), ticket.value(), status, caseFile.agencyCode(), caseFile.dueAt(),
                content.reporterEmail(), content.reporterPhone(), content.confidential(), now);
    }

    /** The events of the steps taken since the report was loaded, in order, to be published when it is stored. */
    List<ReportEvent> registeredEvents() {
        return List.copyOf(events);
    }

    /** Forgets the registered events: they were published, or they describe a past nobody is to hear of (demo history). */
    void eventsPublished() {
        events.clear();
    }

    /** Timeline entries recorded since the report was loaded, to be stored with it. */
    List<TimelineEntry> recordedEntries() {
        return List.copyOf(recorded);
    }

    void entriesStored() {
        recorded.clear();
    }

    void storedAs(long storedId) {
        id = storedId;
    }

    void versionStored() {
        version++;
    }

    Long id() {
        return id;
    }

    TicketNumber ticket() {
        return ticket;
    }

    NewReport content() {
        return content;
    }

    Channel channel() {
        return channel;
    }

    String recordedBy() {
        return recordedBy;
    }

    CaseFile caseFile() {
        return caseFile;
    }

    ReportStatus status() {
        return status;
    }

    Instant submittedAt() {
        return caseFile.openedAt();
    }

    String agencyCode() {
        return caseFile.agencyCode();
    }

    String assignee() {
        return caseFile.assignee();
    }

    Instant dueAt() {
        return caseFile.dueAt();
    }

    boolean late() {
        return caseFile.late();
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    Instant closeDueAt() {
        return closeDueAt;
    }

    Instant completionTargetAt() {
        return completionTargetAt;
    }

    LocalDate plannedFor() {
        return plannedFor;
    }

    RejectionReason rejectionReason() {
        return rejectionReason;
    }

    String mergedInto() {
        return mergedInto;
    }

    Integer rating() {
        return rating;
    }

    int meToo() {
        return meToo;
    }

    boolean rerouteRequested() {
        return rerouteRequested;
    }

    int version() {
        return version;
    }

    /** What only a report keeps beside its case, as stored. */
    record Stored(Instant acknowledgedAt, Instant completedAt, Instant closeDueAt, Instant completionTargetAt,
            LocalDate plannedFor, RejectionReason rejectionReason, String mergedInto, Integer rating, int meToo,
            boolean rerouteRequested, int version) {
    }
}
