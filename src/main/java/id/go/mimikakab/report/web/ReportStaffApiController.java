package id.go.mimikakab.report.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.account.Username;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.RejectionReason;
import id.go.mimikakab.report.ReportRefused;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.report.web.ReportJson.LineJson;
import id.go.mimikakab.report.web.ReportJson.StaffReportJson;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff side of the reports API, with a bearer token or a session: the staff view, the command
 * centre's queue, an agency's inbox, and every lifecycle action, authorized by role and agency.
 */
@RestController
@RequestMapping("/api/v1")
class ReportStaffApiController {

    private final ReportWorkflow workflow;
    private final ReportViews views;

    ReportStaffApiController(ReportWorkflow workflow, ReportViews views) {
        this.workflow = workflow;
        this.views = views;
    }

    @GetMapping("/staff/reports/{ticket}")
    StaffReportJson staffView(@PathVariable String ticket) {
        return StaffReportJson.of(views.staffView(ticket, SignedIn.required()));
    }

    @GetMapping("/staff/queue")
    List<LineJson> queue(@RequestParam(defaultValue = "100") int limit) {
        StaffMember me = SignedIn.required();
        if (me.role() == Role.AGENCY_HEAD || me.role() == Role.AGENCY_STAFF) {
            throw new ReportRefused(ReportRefused.Kind.NOT_ALLOWED, "The queue is the command centre's");
        }
        return views.commandCentreQueue(Math.min(Math.max(limit, 1), 500)).stream().map(LineJson::of).toList();
    }

    @GetMapping("/staff/inbox")
    List<LineJson> inbox(@RequestParam(required = false) String agency, @RequestParam(defaultValue = "100") int limit) {
        StaffMember me = SignedIn.required();
        String code = me.role().boundToAgency() ? me.agencyCode() : agency;
        if (code == null) {
            throw new ReportRefused(ReportRefused.Kind.INVALID, "Name the agency with ?agency=CODE");
        }
        return views.agencyInbox(code, Math.min(Math.max(limit, 1), 500)).stream().map(LineJson::of).toList();
    }

    @PostMapping("/reports/{ticket}/routing")
    StaffReportJson route(@PathVariable String ticket, @RequestBody ReportJson.Routing body) {
        workflow.route(SignedIn.required(), TicketNumber.typed(ticket), AgencyCode.parse(body.agencyCode()).orElse(null));
        return staffView(ticket);
    }

    @PostMapping("/reports/{ticket}/rejection")
    StaffReportJson reject(@PathVariable String ticket, @RequestBody ReportJson.Rejection body) {
        RejectionReason reason = reasonOf(body.reason());
        try {
            // An unknown reason goes to the workflow as none, so that someone who may not reject hears 403, not 400.
            workflow.reject(SignedIn.required(), TicketNumber.typed(ticket), reason, body.note(),
                    TicketNumber.parse(body.duplicateOf()).orElse(null));
        } catch (ReportRefused refused) {
            if (reason == null && refused.kind() == ReportRefused.Kind.INVALID) {
                throw new ReportRefused(ReportRefused.Kind.INVALID, "reason must be SPAM, DUPLICATE or NOT_REGENCY_AUTHORITY");
            }
            throw refused;
        }
        return staffView(ticket);
    }

    private static RejectionReason reasonOf(String name) {
        for (RejectionReason reason : RejectionReason.values()) {
            if (reason.name().equals(name)) {
                return reason;
            }
        }
        return null;
    }

    @PostMapping("/reports/{ticket}/info-requests")
    StaffReportJson askForInformation(@PathVariable String ticket, @RequestBody ReportJson.Question body) {
        workflow.askForInformation(SignedIn.required(), TicketNumber.typed(ticket), body.question());
        return staffView(ticket);
    }

    @PostMapping("/reports/{ticket}/acknowledgement")
    StaffReportJson acknowledge(@PathVariable String ticket) {
        workflow.acknowledge(SignedIn.required(), TicketNumber.typed(ticket));
        return staffView(ticket);
    }

    @PostMapping("/reports/{ticket}/assignment")
    StaffReportJson assign(@PathVariable String ticket, @RequestBody ReportJson.Assignment body) {
        workflow.assign(SignedIn.required(), TicketNumber.typed(ticket), Username.parse(body.username()).orElse(null));
        return staffView(ticket);
    }

    @PostMapping("/reports/{ticket}/follow-ups")
    StaffReportJson followUp(@PathVariable String ticket, @RequestBody ReportJson.FollowUp body) {
        workflow.followUp(SignedIn.required(), TicketNumber.typed(ticket), body.message(), !Boolean.FALSE.equals(body.visibleToPublic()));
        return staffView(ticket);
    }

    @PostMapping("/reports/{ticket}/progress")
    StaffReportJson progress(@PathVariable String ticket, @RequestBody ReportJson.Progress body) {
        LocalDate planned = null;
        if (body.plannedFor() != null && !body.plannedFor().isBlank()) {
            try {
                planned = LocalDate.parse(body.plannedFor());
            } catch (DateTimeParseException e) {
                throw new ReportRefused(ReportRefused.Kind.INVALID, "plannedFor must be a date like 2026-12-15");
            }
        }
        workflow.startWork(SignedIn.required(), TicketNumber.typed(ticket), planned, body.note());
        return staffView(ticket);
    }

    @PostMapping("/reports/{ticket}/completion")
    StaffReportJson complete(@PathVariable String ticket, @RequestBody ReportJson.Completion body) {
        workflow.complete(SignedIn.required(), TicketNumber.typed(ticket), body.message());
        return staffView(ticket);
    }

    @PostMapping("/reports/{ticket}/reroute-requests")
    StaffReportJson requestReroute(@PathVariable String ticket, @RequestBody ReportJson.Reason body) {
        workflow.requestReroute(SignedIn.required(), TicketNumber.typed(ticket), body.reason());
        return staffView(ticket);
    }
}
