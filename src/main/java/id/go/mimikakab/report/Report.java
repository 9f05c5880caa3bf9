package id.go.mimikakab.report;

import static id.go.mimikakab.report.ReportRefused.Kind.ILLEGAL_TRANSITION;
import static id.go.mimikakab.report.ReportRefused.Kind.INVALID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.system.PlainText;
import id.go.mimikakab.system.Wit;

/**
 * A citizen's report and the rules of its lifecycle. Every transition checks the current status, moves
 * the deadline of whoever owes the next step, and records a timeline entry; illegal transitions are refused.
 */
class Report {

    /** Working days after completion during which the reporter may confirm or reopen. */
    static final WorkingDays CLOSE_AFTER = WorkingDays.of(10);
    /** The longest note staff may write (a column of 4,000 characters). */
    public static final int MAX_STAFF_TEXT = 4000;
    /** The longest answer, comment or reason a reporter may write, as the tracking page's forms allow. */
    public static final int MAX_REPORTER_TEXT = 2000;

    private static final Set<ReportStatus> WITH_AGENCY_BEFORE_FOLLOW_UP = EnumSet.of(ReportStatus.ROUTED, ReportStatus.REOPENED);
    private static final Set<ReportStatus> FOLLOWED_UP_OR_LATER = EnumSet.of(ReportStatus.FOLLOWED_UP, ReportStatus.IN_PROGRESS);

    Long id;
    final TicketNumber ticket;
    final NewReport content;
    final Channel channel;
    final String recordedBy;
    final Instant submittedAt;
    ReportStatus status;
    String agencyCode;
    String assignee;
    Instant dueAt;
    Integer pausedRemaining;
    Instant routedAt;
    Instant acknowledgedAt;
    Instant followedUpAt;
    Instant completedAt;
    Instant closeDueAt;
    Instant closedAt;
    Instant completionTargetAt;
    LocalDate plannedFor;
    boolean late;
    Boolean followUpLate;
    Integer followUpWorkingDays;
    RejectionReason rejectionReason;
    String mergedInto;
    Integer rating;
    int meToo;
    boolean rerouteRequested;
    int escalationLevel;
    int version;

    private final List<TimelineEntry> recorded = new ArrayList<>();

    Report(TicketNumber ticket, NewReport content, Channel channel, String recordedBy, Instant submittedAt,
            ReportStatus status) {
        this.ticket = ticket;
        this.content = content;
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.submittedAt = submittedAt;
        this.status = status;
    }

    /** A new report, waiting for the command centre to verify it within the category's verification time. */
    static Report submit(TicketNumber ticket, NewReport content, Channel channel, String recordedBy, Instant now,
            SlaPolicy policy, WorkingDayCalendar calendar) {
        Report report = new Report(ticket, content, channel, recordedBy, now, ReportStatus.SUBMITTED);
        report.dueAt = calendar.deadline(now, policy.verification()).toInstant();
        String actor = recordedBy == null ? "warga" : recordedBy;
        report.record(now, actor, "SUBMITTED", null, channel.recordedByStaff() ? "channel " + channel : null, false);
        return report;
    }

    Light light(Instant now) {
        return Light.of(status, dueAt, now);
    }

    /** Sends the report to an agency, which then owes a follow-up within the category's follow-up time. */
    void routeTo(String agency, String actor, Instant now, SlaPolicy policy, WorkingDayCalendar calendar) {
        require(EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.NEEDS_INFO, ReportStatus.ROUTED, ReportStatus.REOPENED),
                "route");
        boolean reroute = WITH_AGENCY_BEFORE_FOLLOW_UP.contains(status);
        if (reroute && agency.equals(agencyCode)) {
            throw new ReportRefused(INVALID, "The report is already with " + agency);
        }
        boolean verifiedLate = status == ReportStatus.SUBMITTED && dueAt != null && now.isAfter(dueAt);
        agencyCode = agency;
        assignee = null;
        routedAt = now;
        acknowledgedAt = null;
        rerouteRequested = false;
        pausedRemaining = null;
        escalationLevel = 0;
        status = ReportStatus.ROUTED;
        dueAt = calendar.deadline(now, policy.followUp()).toInstant();
        record(now, actor, reroute ? "REROUTED" : "ROUTED", null, null, verifiedLate);
    }

    /** Rejects the report with a reason; a duplicate is merged into another ticket. */
    void reject(RejectionReason reason, String publicNote, String mergedIntoTicket, String actor, Instant now) {
        require(EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.NEEDS_INFO), "reject");
        publicNote = text(publicNote, MAX_STAFF_TEXT, "A rejection needs a note the reporter can read");
        if (reason == RejectionReason.DUPLICATE && (mergedIntoTicket == null || mergedIntoTicket.equals(ticket.value()))) {
            throw new ReportRefused(INVALID, "A duplicate must name the other ticket");
        }
        boolean wasLate = status == ReportStatus.SUBMITTED && dueAt != null && now.isAfter(dueAt);
        rejectionReason = reason;
        mergedInto = reason == RejectionReason.DUPLICATE ? mergedIntoTicket : null;
        status = ReportStatus.REJECTED;
        dueAt = null;
        late = wasLate;
        closedAt = now;
        record(now, actor, reason == RejectionReason.DUPLICATE ? "MERGED" : "REJECTED", publicNote, null, wasLate);
    }

    /** Asks the reporter a question; the verification clock pauses with the working days it had left. */
    void askForInformation(String question, String actor, Instant now, WorkingDayCalendar calendar) {
        require(EnumSet.of(ReportStatus.SUBMITTED), "ask for information");
        question = text(question, MAX_STAFF_TEXT, "A question is required");
        LocalDate today = Wit.dateOf(now);
        LocalDate due = Wit.dateOf(dueAt);
        pausedRemaining = Math.max(1, calendar.workingDaysBetween(today.plusDays(1), due));
        status = ReportStatus.NEEDS_INFO;
        dueAt = null;
        record(now, actor, "INFO_REQUESTED", question, null, false);
    }

    /** The reporter's answer restarts the verification clock with the working days it had left. */
    void answerInformation(String answer, Instant now, WorkingDayCalendar calendar) {
        require(EnumSet.of(ReportStatus.NEEDS_INFO), "answer");
        answer = text(answer, MAX_REPORTER_TEXT, "An answer is required");
        status = ReportStatus.SUBMITTED;
        dueAt = calendar.deadline(now, WorkingDays.of(pausedRemaining == null ? 1 : pausedRemaining)).toInstant();
        pausedRemaining = null;
        record(now, "pelapor", "INFO_PROVIDED", answer, null, false);
    }

    /** The agency confirms it has seen the report; the follow-up deadline keeps running. */
    void acknowledge(String actor, Instant now) {
        require(WITH_AGENCY_BEFORE_FOLLOW_UP, "acknowledge");
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            record(now, actor, "ACKNOWLEDGED", null, null, false);
        }
    }

    /** Puts a member of the agency in charge. */
    void assignTo(String username, String actor, Instant now) {
        require(EnumSet.of(ReportStatus.ROUTED, ReportStatus.REOPENED, ReportStatus.FOLLOWED_UP, ReportStatus.IN_PROGRESS), "assign");
        assignee = username;
        record(now, actor, "ASSIGNED", null, "PIC: " + username, false);
    }

    /**
     * Posts a follow-up. The first one ends the agency's follow-up deadline (late if after it); later ones add
     * to the timeline. An internal note is visible to staff only.
     */
    void followUp(String message, boolean visibleToPublic, String actor, Instant now, SlaPolicy policy,
            WorkingDayCalendar calendar) {
        require(EnumSet.of(ReportStatus.ROUTED, ReportStatus.REOPENED, ReportStatus.FOLLOWED_UP, ReportStatus.IN_PROGRESS),
                "follow up");
        message = text(message, MAX_STAFF_TEXT, "A follow-up needs a message");
        boolean first = WITH_AGENCY_BEFORE_FOLLOW_UP.contains(status);
        boolean wasLate = first && dueAt != null && now.isAfter(dueAt);
        if (first) {
            answered(now, wasLate, policy, calendar);
            status = ReportStatus.FOLLOWED_UP;
        }
        record(now, actor, "FOLLOWED_UP", visibleToPublic ? message : null, visibleToPublic ? null : message, wasLate);
    }

    /** Marks the work as under way, optionally with the date it is planned for. */
    void startWork(LocalDate planned, String note, String actor, Instant now) {
        require(EnumSet.of(ReportStatus.FOLLOWED_UP, ReportStatus.IN_PROGRESS), "start work");
        note = optionalText(note, MAX_STAFF_TEXT);
        plannedFor = planned;
        status = ReportStatus.IN_PROGRESS;
        record(now, actor, "IN_PROGRESS", note, null, false);
    }

    /** Reports the work done; the reporter then has ten working days to confirm or reopen. */
    void complete(String evidence, String actor, Instant now, SlaPolicy policy, WorkingDayCalendar calendar) {
        require(EnumSet.of(ReportStatus.ROUTED, ReportStatus.REOPENED, ReportStatus.FOLLOWED_UP, ReportStatus.IN_PROGRESS),
                "complete");
        evidence = text(evidence, MAX_STAFF_TEXT, "Completion needs a description of what was done");
        boolean wasLate = false;
        if (WITH_AGENCY_BEFORE_FOLLOW_UP.contains(status)) {
            wasLate = dueAt != null && now.isAfter(dueAt);
            answered(now, wasLate, policy, calendar);
        }
        completedAt = now;
        closeDueAt = calendar.deadline(now, CLOSE_AFTER).toInstant();
        status = ReportStatus.COMPLETED;
        record(now, actor, "COMPLETED", evidence, null, wasLate);
    }

    /** The reporter confirms the work with a rating of 1 to 5; the report closes. */
    void confirm(int stars, String comment, Instant now) {
        require(EnumSet.of(ReportStatus.COMPLETED), "confirm");
        if (stars < 1 || stars > 5) {
            throw new ReportRefused(INVALID, "A rating is 1 to 5");
        }
        comment = optionalText(comment, MAX_REPORTER_TEXT);
        rating = stars;
        status = ReportStatus.CLOSED;
        closedAt = now;
        record(now, "pelapor", "CONFIRMED", comment, "rating " + stars, false);
    }

    /** The reporter is not satisfied: back to the agency with a new follow-up deadline. */
    void reopen(String reason, Instant now, SlaPolicy policy, WorkingDayCalendar calendar) {
        require(EnumSet.of(ReportStatus.COMPLETED), "reopen");
        if (closeDueAt != null && now.isAfter(closeDueAt)) {
            throw new ReportRefused(ILLEGAL_TRANSITION, "The time to reopen this report has passed");
        }
        reason = text(reason, MAX_REPORTER_TEXT, "Say why the report is reopened");
        status = ReportStatus.REOPENED;
        dueAt = calendar.deadline(now, policy.followUp()).toInstant();
        completedAt = null;
        closeDueAt = null;
        acknowledgedAt = null;
        escalationLevel = 0;
        record(now, "pelapor", "REOPENED", reason, null, false);
    }

    /** Closes a completed report whose reporter did not reply within ten working days. */
    boolean closeIfSilent(Instant now) {
        if (status != ReportStatus.COMPLETED || closeDueAt == null || !now.isAfter(closeDueAt)) {
            return false;
        }
        status = ReportStatus.CLOSED;
        closedAt = now;
        record(now, "system", "AUTO_CLOSED", null, null, false);
        return true;
    }

    /**
     * Climbs the escalation ladder to the given step while the government still owes the step the ladder is
     * about; false, with nothing recorded, when the report already stands there or the owed step was taken.
     */
    boolean escalate(ReportEscalated.Step step, Instant now) {
        if (status.waitingOn() != step.waitingOn() || step.level() <= escalationLevel) {
            return false;
        }
        escalationLevel = step.level();
        record(now, "system", "ESCALATED", null, step.name() + " (level " + step.level() + ")",
                dueAt != null && now.isAfter(dueAt));
        return true;
    }

    /** The agency says the report is not theirs; the command centre decides, and the agency's clock keeps running. */
    void requestReroute(String reason, String actor, Instant now) {
        require(WITH_AGENCY_BEFORE_FOLLOW_UP, "request re-routing");
        reason = text(reason, MAX_STAFF_TEXT, "Say why the report belongs elsewhere");
        rerouteRequested = true;
        record(now, actor, "REROUTE_REQUESTED", null, reason, false);
    }

    private void answered(Instant now, boolean wasLate, SlaPolicy policy, WorkingDayCalendar calendar) {
        followedUpAt = now;
        followUpWorkingDays = routedAt == null ? 0
                : calendar.workingDaysBetween(Wit.dateOf(routedAt).plusDays(1), Wit.dateOf(now));
        followUpLate = wasLate;
        late = wasLate;
        dueAt = null;
        completionTargetAt = calendar.deadline(routedAt == null ? now : routedAt, policy.completion()).toInstant();
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
        recorded.add(new TimelineEntry(at, actor, action, status, publicNote, internalNote, agencyCode, wasLate));
    }

    /** Timeline entries recorded since the report was loaded, to be stored with it. */
    List<TimelineEntry> recordedEntries() {
        return List.copyOf(recorded);
    }

    void entriesStored() {
        recorded.clear();
    }
}
