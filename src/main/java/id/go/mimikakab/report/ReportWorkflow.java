package id.go.mimikakab.report;

import static id.go.mimikakab.report.ReportRefused.Kind.INVALID;
import static id.go.mimikakab.report.ReportRefused.Kind.NOT_ALLOWED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffAccount;
import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.account.Username;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.casework.EscalationStep;
import id.go.mimikakab.upload.CleanPhoto;
import id.go.mimikakab.system.ClientAddress;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the actions of the lifecycle for the people entitled to them: the command centre verifies
 * and routes; the agency a report is with follows it up; the reporter (with ticket and PIN) answers,
 * confirms or reopens. Leaders and other agencies are refused. Each step publishes its {@link ReportEvent} (the report
 * registers it, {@link ReportStore} publishes it in the transaction of the change).
 */
@Component
public class ReportWorkflow {

    private final ReportStore store;
    private final SlaPolicies policies;
    private final HolidayCalendar calendar;
    private final AgencyDirectory agencies;
    private final ReportPins pins;
    private final ReportPhotos photos;
    private final StaffAccounts accounts;
    private final Clock clock;

    ReportWorkflow(ReportStore store, SlaPolicies policies, HolidayCalendar calendar, AgencyDirectory agencies,
            ReportPins pins, ReportPhotos photos, StaffAccounts accounts, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.calendar = calendar;
        this.agencies = agencies;
        this.pins = pins;
        this.photos = photos;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public void route(StaffMember by, TicketNumber ticket, AgencyCode agency) {
        commandCentre(by);
        if (agency == null || agencies.find(agency.value()).filter(a -> a.active()).isEmpty()) {
            throw new ReportRefused(INVALID, "Unknown or inactive agency: " + agency);
        }
        change(ticket, r -> r.routeTo(agency.value(), by.username(), now(), policies.of(r.content().categoryCode()), days()));
    }

    @Transactional
    public void reject(StaffMember by, TicketNumber ticket, RejectionReason reason, String note, TicketNumber duplicateOf) {
        commandCentre(by);
        if (reason == null) {
            throw new ReportRefused(INVALID, "A reason is required");
        }
        Report original = reason == RejectionReason.DUPLICATE ? loadOriginal(duplicateOf) : null;
        if (original != null && !original.status().open()) {
            throw new ReportRefused(INVALID, "A report can only be merged into an open report");
        }
        change(ticket, r -> r.reject(reason, note, original, by.username(), now()));
    }

    @Transactional
    public void askForInformation(StaffMember by, TicketNumber ticket, String question) {
        commandCentre(by);
        change(ticket, r -> r.askForInformation(question, by.username(), now(), days()));
    }

    @Transactional
    public void acknowledge(StaffMember by, TicketNumber ticket) {
        change(ticket, r -> {
            agencyOf(by, r);
            r.acknowledge(by.username(), now());
        });
    }

    /** Puts a colleague in charge: an enabled member of the agency the report is with, and nobody else. */
    @Transactional
    public void assign(StaffMember by, TicketNumber ticket, Username username) {
        change(ticket, r -> {
            agencyOf(by, r);
            if (username == null) {
                throw new ReportRefused(INVALID, "Name the PIC");
            }
            String pic = username.value();
            boolean colleague = accounts.findByUsername(pic)
                    .filter(StaffAccount::enabled)
                    .filter(a -> a.member().worksFor(r.agencyCode()))
                    .isPresent();
            if (!colleague) {
                throw new ReportRefused(INVALID, "The PIC must be an active member of " + r.agencyCode());
            }
            r.assignTo(pic, by.username(), now());
        });
    }

    @Transactional
    public void followUp(StaffMember by, TicketNumber ticket, String message, boolean visibleToPublic) {
        followUp(by, ticket, message, visibleToPublic, List.of());
    }

    /**
     * Posts a follow-up with up to {@link ReportPhotos#MAX_PER_UPLOAD} photos as evidence, linked to its timeline
     * entry; the photos of an internal follow-up are shown to staff only.
     */
    @Transactional
    public void followUp(StaffMember by, TicketNumber ticket, String message, boolean visibleToPublic,
            List<PhotoUpload> uploads) {
        List<CleanPhoto> clean = photos.checkedOrRefused(uploads);
        Report r = change(ticket, report -> {
            agencyOf(by, report);
            report.followUp(message, visibleToPublic, by.username(), now(), policies.of(report.content().categoryCode()), days());
        });
        if (!clean.isEmpty()) {
            photos.attach(r.id(), photos.latestEvent(r.id(), "FOLLOWED_UP"), clean);
        }
    }

    @Transactional
    public void startWork(StaffMember by, TicketNumber ticket, LocalDate plannedFor, String note) {
        change(ticket, r -> {
            agencyOf(by, r);
            r.startWork(plannedFor, note, by.username(), now());
        });
    }

    @Transactional
    public void complete(StaffMember by, TicketNumber ticket, String evidence) {
        complete(by, ticket, evidence, List.of());
    }

    /** Reports the work done with up to {@link ReportPhotos#MAX_PER_UPLOAD} after-photos, linked to its timeline entry. */
    @Transactional
    public void complete(StaffMember by, TicketNumber ticket, String evidence, List<PhotoUpload> uploads) {
        List<CleanPhoto> clean = photos.checkedOrRefused(uploads);
        Report r = change(ticket, report -> {
            agencyOf(by, report);
            report.complete(evidence, by.username(), now(), policies.of(report.content().categoryCode()), days());
        });
        if (!clean.isEmpty()) {
            photos.attach(r.id(), photos.latestEvent(r.id(), "COMPLETED"), clean);
        }
    }

    @Transactional
    public void requestReroute(StaffMember by, TicketNumber ticket, String reason) {
        change(ticket, r -> {
            agencyOf(by, r);
            r.requestReroute(reason, by.username(), now());
        });
    }

    @Transactional
    public void answerInformation(String ticket, String pin, String answer) {
        asReporter(ticket, pin, r -> r.answerInformation(answer, now(), days()));
    }

    /** The reporter answers the command centre's question from the phone number they gave (checked by the caller). */
    void answerFromReporterPhone(Report r, String answer) {
        change(r, report -> report.answerInformation(answer, now(), days()));
    }

    @Transactional
    public void confirm(String ticket, String pin, int rating, String comment) {
        asReporter(ticket, pin, r -> r.confirm(rating, comment, now()));
    }

    @Transactional
    public void reopen(String ticket, String pin, String reason) {
        asReporter(ticket, pin, r -> r.reopen(reason, now(), policies.of(r.content().categoryCode()), days()));
    }

    /**
     * Adds one "saya juga mengalami" from the client of this request to a public report and answers the count; a
     * second vote from the same client address counts nothing. Unknown, confidential and closed reports answer
     * alike: not found.
     */
    @Transactional
    public MeToo meToo(String ticket) {
        String voter = pins.voterMark(ClientAddress.current());
        Report r = TicketNumber.parse(ticket).flatMap(store::find)
                .filter(found -> !found.content().confidential() && found.status().open())
                .orElseThrow(() -> new NotFoundException("No open public report " + ticket));
        boolean counted = store.countMeToo(r.id(), voter, now());
        return new MeToo(r.meToo() + (counted ? 1 : 0), counted);
    }

    /** Closes a completed report whose reporter stayed silent for ten working days; false when not due. */
    @Transactional
    public boolean closeIfSilent(TicketNumber ticket) {
        Report r = load(ticket);
        ReportStore.Snapshot before = ReportStore.Snapshot.of(r);
        if (!r.closeIfSilent(now())) {
            return false;
        }
        store.update(r, before);
        return true;
    }

    /**
     * Takes one escalation step: records it in the timeline and the audit trail and publishes
     * {@link ReportEscalated}, whose notices are queued after the commit; false when not due any more.
     */
    @Transactional
    boolean escalate(String ticket, EscalationStep step) {
        Report r = load(ticket);
        ReportStore.Snapshot before = ReportStore.Snapshot.of(r);
        if (!r.escalate(step, now())) {
            return false;
        }
        store.update(r, before);
        return true;
    }

    /**
     * Lets the reporter act: the PIN is required for every report (it is the reporter's only credential). A wrong
     * PIN for a confidential report answers like an unknown ticket; for a public one it is refused as not allowed.
     */
    private void asReporter(String ticket, String pin, Consumer<Report> action) {
        Report r = loadForReporter(ticket, pin);
        if (!pins.matches(r, pin)) {
            if (r.content().confidential()) {
                throw new NotFoundException("No report with ticket " + ticket);
            }
            throw new ReportRefused(NOT_ALLOWED, "Only the reporter, with the PIN from the receipt, may do this");
        }
        change(r, action);
    }

    private Report change(TicketNumber ticket, Consumer<Report> action) {
        return change(load(ticket), action);
    }

    private Report change(Report r, Consumer<Report> action) {
        ReportStore.Snapshot before = ReportStore.Snapshot.of(r);
        action.accept(r);
        store.update(r, before);
        return r;
    }

    Report load(String ticket) {
        return TicketNumber.parse(ticket).flatMap(store::find)
                .orElseThrow(() -> new NotFoundException("No report with ticket " + ticket));
    }

    Report load(TicketNumber ticket) {
        return store.find(ticket).orElseThrow(() -> new NotFoundException("No report with ticket " + ticket.value()));
    }

    private Report loadOriginal(TicketNumber duplicateOf) {
        if (duplicateOf == null) {
            throw new NotFoundException("No report with ticket ");
        }
        return load(duplicateOf);
    }

    /** The report a reporter names; a PIN given with a ticket that does not exist is counted against guessing too. */
    Report loadForReporter(String ticket, String pin) {
        Optional<Report> found = TicketNumber.parse(ticket).flatMap(store::find);
        if (found.isEmpty()) {
            pins.presentedForUnknown(ticket, pin);
            throw new NotFoundException("No report with ticket " + ticket);
        }
        return found.get();
    }

    private void commandCentre(StaffMember by) {
        if (by.role() != Role.COMMAND_CENTER) {
            throw new ReportRefused(NOT_ALLOWED, "Only the command centre verifies and routes reports");
        }
    }

    private static void agencyOf(StaffMember by, Report r) {
        if (!by.worksFor(r.agencyCode())) {
            throw new ReportRefused(NOT_ALLOWED, "Only the agency the report is with may act on it");
        }
    }

    /** The count of "me too" after a vote, and whether this vote was counted (false: this voter had voted). */
    public record MeToo(int count, boolean counted) {
    }

    private Instant now() {
        return clock.instant();
    }

    private WorkingDayCalendar days() {
        return calendar.workingDays();
    }
}
