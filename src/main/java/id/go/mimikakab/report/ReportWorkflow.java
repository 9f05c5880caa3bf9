package id.go.mimikakab.report;

import static id.go.mimikakab.report.ReportRefused.Kind.INVALID;
import static id.go.mimikakab.report.ReportRefused.Kind.NOT_ALLOWED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.report.photo.CleanPhoto;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the actions of the lifecycle for the people entitled to them: the command centre verifies
 * and routes; the agency a report is with follows it up; the reporter (with ticket and PIN) answers,
 * confirms or reopens. Leaders and other agencies are refused. Each change publishes {@link ReportChanged}.
 */
@Component
public class ReportWorkflow {

    private final ReportStore store;
    private final SlaPolicies policies;
    private final HolidayCalendar calendar;
    private final AgencyDirectory agencies;
    private final ReportPins pins;
    private final ReportPhotos photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportWorkflow(ReportStore store, SlaPolicies policies, HolidayCalendar calendar, AgencyDirectory agencies,
            ReportPins pins, ReportPhotos photos, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.calendar = calendar;
        this.agencies = agencies;
        this.pins = pins;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void route(StaffMember by, String ticket, String agencyCode) {
        commandCentre(by);
        if (agencyCode == null || agencies.find(agencyCode).filter(a -> a.active()).isEmpty()) {
            throw new ReportRefused(INVALID, "Unknown or inactive agency: " + agencyCode);
        }
        change(ticket, r -> r.routeTo(agencyCode, by.username(), now(), policies.of(r.content.categoryCode()), days()));
    }

    @Transactional
    public void reject(StaffMember by, String ticket, RejectionReason reason, String note, String duplicateOf) {
        commandCentre(by);
        if (reason == null) {
            throw new ReportRefused(INVALID, "A reason is required");
        }
        String other = null;
        if (reason == RejectionReason.DUPLICATE) {
            Report original = load(duplicateOf == null ? "" : duplicateOf);
            if (!original.status.open()) {
                throw new ReportRefused(INVALID, "A report can only be merged into an open report");
            }
            other = original.ticket.value();
        }
        String mergedInto = other;
        change(ticket, r -> r.reject(reason, note, mergedInto, by.username(), now()));
    }

    @Transactional
    public void askForInformation(StaffMember by, String ticket, String question) {
        commandCentre(by);
        change(ticket, r -> r.askForInformation(question, by.username(), now(), days()));
    }

    @Transactional
    public void acknowledge(StaffMember by, String ticket) {
        change(ticket, r -> {
            agencyOf(by, r);
            r.acknowledge(by.username(), now());
        });
    }

    @Transactional
    public void assign(StaffMember by, String ticket, String username) {
        change(ticket, r -> {
            agencyOf(by, r);
            if (username == null || username.isBlank()) {
                throw new ReportRefused(INVALID, "Name the PIC");
            }
            r.assignTo(username.strip(), by.username(), now());
        });
    }

    @Transactional
    public void followUp(StaffMember by, String ticket, String message, boolean visibleToPublic) {
        followUp(by, ticket, message, visibleToPublic, List.of());
    }

    /**
     * Posts a follow-up with up to {@link ReportPhotos#MAX_PER_UPLOAD} photos as evidence, linked to its timeline
     * entry; the photos of an internal follow-up are shown to staff only.
     */
    @Transactional
    public void followUp(StaffMember by, String ticket, String message, boolean visibleToPublic, List<PhotoUpload> uploads) {
        List<CleanPhoto> clean = photos.checkedOrRefused(uploads);
        Report r = change(ticket, report -> {
            agencyOf(by, report);
            report.followUp(message, visibleToPublic, by.username(), now(), policies.of(report.content.categoryCode()), days());
        });
        if (!clean.isEmpty()) {
            photos.attach(r.id, photos.latestEvent(r.id, "FOLLOWED_UP"), clean);
        }
    }

    @Transactional
    public void startWork(StaffMember by, String ticket, LocalDate plannedFor, String note) {
        change(ticket, r -> {
            agencyOf(by, r);
            r.startWork(plannedFor, note, by.username(), now());
        });
    }

    @Transactional
    public void complete(StaffMember by, String ticket, String evidence) {
        complete(by, ticket, evidence, List.of());
    }

    /** Reports the work done with up to {@link ReportPhotos#MAX_PER_UPLOAD} after-photos, linked to its timeline entry. */
    @Transactional
    public void complete(StaffMember by, String ticket, String evidence, List<PhotoUpload> uploads) {
        List<CleanPhoto> clean = photos.checkedOrRefused(uploads);
        Report r = change(ticket, report -> {
            agencyOf(by, report);
            report.complete(evidence, by.username(), now(), policies.of(report.content.categoryCode()), days());
        });
        if (!clean.isEmpty()) {
            photos.attach(r.id, photos.latestEvent(r.id, "COMPLETED"), clean);
        }
    }

    @Transactional
    public void requestReroute(StaffMember by, String ticket, String reason) {
        change(ticket, r -> {
            agencyOf(by, r);
            r.requestReroute(reason, by.username(), now());
        });
    }

    @Transactional
    public void answerInformation(String ticket, String pin, String answer) {
        change(ticket, r -> {
            reporter(r, pin);
            r.answerInformation(answer, now(), days());
        });
    }

    @Transactional
    public void confirm(String ticket, String pin, int rating, String comment) {
        change(ticket, r -> {
            reporter(r, pin);
            r.confirm(rating, comment, now());
        });
    }

    @Transactional
    public void reopen(String ticket, String pin, String reason) {
        change(ticket, r -> {
            reporter(r, pin);
            r.reopen(reason, now(), policies.of(r.content.categoryCode()), days());
        });
    }

    /** Adds one "saya juga mengalami" to a public report; confidential and closed reports take none. */
    @Transactional
    public int meToo(String ticket) {
        Report r = load(ticket);
        if (r.content.confidential() || !r.status.open()) {
            throw new NotFoundException("No open public report " + ticket);
        }
        store.countMeToo(r.id);
        return r.meToo + 1;
    }

    /** Closes a completed report whose reporter stayed silent for ten working days; false when not due. */
    @Transactional
    public boolean closeIfSilent(String ticket) {
        Report r = load(ticket);
        ReportStore.Snapshot before = ReportStore.Snapshot.of(r);
        if (!r.closeIfSilent(now())) {
            return false;
        }
        store.update(r, before);
        events.publishEvent(ReportChanged.of(r, "AUTO_CLOSED", before.status(), null));
        return true;
    }

    /**
     * Takes one escalation step: records it in the timeline and the audit trail and publishes
     * {@link ReportEscalated}, whose notices are queued in this same transaction; false when not due any more.
     */
    @Transactional
    boolean escalate(String ticket, ReportEscalated.Step step) {
        Report r = load(ticket);
        ReportStore.Snapshot before = ReportStore.Snapshot.of(r);
        if (!r.escalate(step, now())) {
            return false;
        }
        store.update(r, before);
        events.publishEvent(ReportChanged.of(r, "ESCALATED"));
        events.publishEvent(ReportEscalated.of(r, step));
        return true;
    }

    private Report change(String ticket, Consumer<Report> action) {
        Report r = load(ticket);
        ReportStore.Snapshot before = ReportStore.Snapshot.of(r);
        action.accept(r);
        TimelineEntry step = r.recordedEntries().isEmpty() ? null : r.recordedEntries().get(r.recordedEntries().size() - 1);
        store.update(r, before);
        if (step != null) {
            events.publishEvent(ReportChanged.of(r, step.action(), before.status(), step.publicNote()));
        }
        return r;
    }

    Report load(String ticket) {
        return TicketNumber.parse(ticket).flatMap(store::find)
                .orElseThrow(() -> new NotFoundException("No report with ticket " + ticket));
    }

    private void commandCentre(StaffMember by) {
        if (by.role() != Role.COMMAND_CENTER) {
            throw new ReportRefused(NOT_ALLOWED, "Only the command centre verifies and routes reports");
        }
    }

    private static void agencyOf(StaffMember by, Report r) {
        if (!by.worksFor(r.agencyCode)) {
            throw new ReportRefused(NOT_ALLOWED, "Only the agency the report is with may act on it");
        }
    }

    private void reporter(Report r, String pin) {
        if (r.privateAccess && !pins.matches(r.ticket, pin)) {
            throw new NotFoundException("No report with ticket " + r.ticket);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private WorkingDayCalendar days() {
        return calendar.workingDays();
    }
}
