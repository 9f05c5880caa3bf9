package id.go.mimikakab.report.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.report.CodeNames;
import id.go.mimikakab.report.RejectionReason;
import id.go.mimikakab.report.ReportLine;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.SlaPolicies;
import id.go.mimikakab.report.StaffReport;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.report.web.ReportActionForms.QuestionForm;
import id.go.mimikakab.report.web.ReportActionForms.RejectionForm;
import id.go.mimikakab.report.web.ReportActionForms.RoutingForm;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The command centre's screens: the queue of reports to verify or re-route, oldest first, and each report with
 * its likely duplicates and the steps of verification (route, merge, reject, ask the reporter). Leaders see the
 * same pages without buttons and are refused every change.
 */
@Controller
@RequestMapping("/mcc")
class CommandCentreController {

    static final int QUEUE_SIZE = 200;
    private static final Set<Role> VIEWERS = EnumSet.of(Role.COMMAND_CENTER, Role.LEADER);
    private static final Set<Role> OPERATORS = EnumSet.of(Role.COMMAND_CENTER);
    private static final Set<ReportStatus> ROUTABLE = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.NEEDS_INFO,
            ReportStatus.ROUTED, ReportStatus.REOPENED);
    private static final Set<ReportStatus> UNVERIFIED = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.NEEDS_INFO);
    /** The reporter reads a rejection note in the regency's language, whatever language the operator's screen is in. */
    private static final Locale REPORTER_LOCALE = Locale.forLanguageTag("id");

    private final ReportViews views;
    private final ReportWorkflow workflow;
    private final SlaPolicies policies;
    private final AgencyDirectory agencies;
    private final HolidayCalendar calendar;
    private final CodeNames names;
    private final MessageSource messages;
    private final Clock clock;

    CommandCentreController(ReportViews views, ReportWorkflow workflow, SlaPolicies policies, AgencyDirectory agencies,
            HolidayCalendar calendar, CodeNames names, MessageSource messages, Clock clock) {
        this.views = views;
        this.workflow = workflow;
        this.policies = policies;
        this.agencies = agencies;
        this.calendar = calendar;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/antrian")
    String queue(StaffListSearch search, Model model) {
        StaffMember me = StaffScreens.require(VIEWERS);
        Instant now = clock.instant();
        WorkingDayCalendar days = calendar.workingDays();
        Set<String> active = activeAgencyCodes();
        Map<String, String> suggestions = new HashMap<>();
        CodeNames.Names names = this.names.load();
        List<QueueRow> rows = views.commandCentreQueue(QUEUE_SIZE).stream()
                .filter(line -> search.matches(line, names))
                .map(line -> new QueueRow(line, TimeLeft.of(line.dueAt(), now, days), suggestion(line, suggestions, active)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("canAct", me.role() == Role.COMMAND_CENTER);
        model.addAttribute("names", names);
        model.addAttribute("search", search);
        return "mcc/queue";
    }

    @GetMapping("/laporan/{ticket}")
    String report(@PathVariable String ticket, Model model) {
        StaffMember me = StaffScreens.require(VIEWERS);
        return detail(me, ticket, model);
    }

    @PostMapping("/laporan/{ticket}/teruskan")
    String route(@PathVariable String ticket, @ModelAttribute("routing") RoutingForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        StaffMember me = StaffScreens.require(OPERATORS);
        StaffReport report = views.staffView(ticket, me);
        String agency = StaffScreens.clean(form.agencyCode());
        boolean fromWall = "wall".equals(form.dari());
        boolean fromQueue = fromWall || "antrian".equals(form.dari());
        String back = fromWall ? "redirect:/mcc" : "redirect:/mcc/antrian";
        if (agency == null || !activeAgencyCodes().contains(agency)) {
            errors.rejectValue("agencyCode", "mcc.route.agency.required");
        } else if (agency.equals(report.report().responsible().code()) && !UNVERIFIED.contains(report.report().status())) {
            errors.rejectValue("agencyCode", "mcc.route.agency.same");
        }
        if (errors.hasErrors()) {
            if (fromQueue) {
                flash.addFlashAttribute("problem", "mcc.route.agency.required");
                return back;
            }
            return detail(me, ticket, model);
        }
        String canonical = report.report().ticket();
        if (StaffScreens.attempt(() -> workflow.route(me, new TicketNumber(canonical), new AgencyCode(agency)), flash)) {
            notice(flash, "mcc.notice.routed", canonical, names.load().agency(agency));
            return back;
        }
        return fromQueue ? back : redirectTo(canonical);
    }

    @PostMapping("/laporan/{ticket}/tolak")
    String reject(@PathVariable String ticket, @ModelAttribute("rejection") RejectionForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        StaffMember me = StaffScreens.require(OPERATORS);
        String canonical = views.staffView(ticket, me).report().ticket();
        RejectionReason reason = reasonOf(form.reason());
        String note = StaffScreens.clean(form.note());
        String institution = StaffScreens.clean(form.institution());
        String other = null;
        if (reason == null) {
            errors.rejectValue("reason", "mcc.reject.reason.required");
        }
        if (note == null && reason != RejectionReason.DUPLICATE) {
            errors.rejectValue("note", "mcc.reject.note.required");
        } else if (note != null && note.length() > ReportActionForms.MAX_NOTE) {
            errors.rejectValue("note", "report.staff.tooLong");
        }
        if (reason == RejectionReason.NOT_REGENCY_AUTHORITY && institution == null) {
            errors.rejectValue("institution", "mcc.reject.institution.required");
        }
        if (reason == RejectionReason.DUPLICATE) {
            other = openOtherTicket(form.duplicateOf(), canonical);
            if (other == null) {
                errors.rejectValue("duplicateOf", "mcc.reject.duplicateOf.invalid");
            }
        }
        if (errors.hasErrors()) {
            return detail(me, ticket, model);
        }
        String publicNote = switch (reason) {
            case DUPLICATE -> note != null ? note : mergeNote(other);
            case NOT_REGENCY_AUTHORITY -> note + " " + reporterText("mcc.reject.institution.note", institution);
            case SPAM -> note;
        };
        String mergedInto = other;
        if (StaffScreens.attempt(() -> workflow.reject(me, new TicketNumber(canonical), reason, publicNote,
                mergedInto == null ? null : new TicketNumber(mergedInto)), flash)) {
            notice(flash, reason == RejectionReason.DUPLICATE ? "mcc.notice.merged" : "mcc.notice.rejected", canonical, other);
            return "redirect:/mcc/antrian";
        }
        return redirectTo(canonical);
    }

    /** Merges the report into a likely duplicate in one click, with a standard note for the reporter. */
    @PostMapping("/laporan/{ticket}/gabungkan")
    String merge(@PathVariable String ticket, @RequestParam(required = false) String duplicateOf, RedirectAttributes flash) {
        StaffMember me = StaffScreens.require(OPERATORS);
        String canonical = views.staffView(ticket, me).report().ticket();
        String other = openOtherTicket(duplicateOf, canonical);
        if (other == null) {
            flash.addFlashAttribute("problem", "mcc.reject.duplicateOf.invalid");
            return redirectTo(canonical);
        }
        if (StaffScreens.attempt(() -> workflow.reject(me, new TicketNumber(canonical), RejectionReason.DUPLICATE,
                mergeNote(other), new TicketNumber(other)), flash)) {
            notice(flash, "mcc.notice.merged", canonical, other);
            return "redirect:/mcc/antrian";
        }
        return redirectTo(canonical);
    }

    @PostMapping("/laporan/{ticket}/tanya")
    String ask(@PathVariable String ticket, @ModelAttribute("question") QuestionForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        StaffMember me = StaffScreens.require(OPERATORS);
        String canonical = views.staffView(ticket, me).report().ticket();
        String question = StaffScreens.clean(form.question());
        if (question == null) {
            errors.rejectValue("question", "mcc.ask.question.required");
        } else if (question.length() > ReportActionForms.MAX_NOTE) {
            errors.rejectValue("question", "report.staff.tooLong");
        }
        if (errors.hasErrors()) {
            return detail(me, ticket, model);
        }
        if (StaffScreens.attempt(() -> workflow.askForInformation(me, new TicketNumber(canonical), question), flash)) {
            notice(flash, "mcc.notice.asked", canonical, null);
        }
        return redirectTo(canonical);
    }

    private String detail(StaffMember me, String ticket, Model model) {
        StaffReport report = views.staffView(ticket, me);
        ReportStatus status = report.report().status();
        boolean operator = me.role() == Role.COMMAND_CENTER;
        String current = report.report().responsible().code();
        String suggested = ROUTABLE.contains(status)
                ? suggestion(report.report().categoryCode(), report.report().districtCode(), activeAgencyCodes()) : null;
        if (suggested != null && suggested.equals(current) && !UNVERIFIED.contains(status)) {
            suggested = null;
        }
        model.addAttribute("s", report);
        model.addAttribute("timeLeft", TimeLeft.of(report.report().dueAt(), clock.instant(), calendar.workingDays()));
        model.addAttribute("names", names.load());
        model.addAttribute("operator", operator);
        model.addAttribute("canRoute", operator && ROUTABLE.contains(status));
        model.addAttribute("canReject", operator && UNVERIFIED.contains(status));
        model.addAttribute("canAsk", operator && status == ReportStatus.SUBMITTED);
        model.addAttribute("suggested", suggested);
        model.addAttribute("agencies", agencies.active());
        model.addAttribute("reasons", RejectionReason.values());
        model.addAttribute("duplicates", UNVERIFIED.contains(status) ? views.likelyDuplicates(report.report().ticket()) : List.of());
        if (!model.containsAttribute("routing")) {
            model.addAttribute("routing", RoutingForm.empty());
        }
        if (!model.containsAttribute("rejection")) {
            model.addAttribute("rejection", RejectionForm.empty());
        }
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", QuestionForm.empty());
        }
        return "mcc/report";
    }

    private String suggestion(ReportLine line, Map<String, String> cache, Set<String> active) {
        if (line.rerouteRequested() && !UNVERIFIED.contains(line.status())) {
            String s = suggestion(line.categoryCode(), line.districtCode(), active);
            return s != null && s.equals(line.agencyCode()) ? null : s;
        }
        return cache.computeIfAbsent(line.categoryCode() + "|" + line.districtCode(),
                k -> suggestion(line.categoryCode(), line.districtCode(), active));
    }

    private String suggestion(String category, String district, Set<String> active) {
        String agency = policies.agencyFor(category, district);
        return active.contains(agency) ? agency : null;
    }

    private Set<String> activeAgencyCodes() {
        return agencies.active().stream().map(Agency::code).collect(Collectors.toSet());
    }

    /** The other ticket as typed, if it names an open report other than this one; otherwise {@code null}. */
    private String openOtherTicket(String typed, String self) {
        String other = TicketNumber.parse(typed).map(TicketNumber::value).orElse(null);
        if (other == null || other.equals(self)) {
            return null;
        }
        try {
            StaffReport original = views.staffView(other, SignedIn.required());
            return original.report().status().open() ? other : null;
        } catch (NotFoundException e) {
            return null;
        }
    }

    private String mergeNote(String other) {
        return reporterText("mcc.merge.note", other);
    }

    private String reporterText(String key, String argument) {
        return messages.getMessage(key, new Object[] {argument}, REPORTER_LOCALE);
    }

    private static RejectionReason reasonOf(String text) {
        try {
            return text == null ? null : RejectionReason.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void notice(RedirectAttributes flash, String key, String ticket, String other) {
        flash.addFlashAttribute("notice", key);
        flash.addFlashAttribute("noticeTicket", ticket);
        flash.addFlashAttribute("noticeOther", other == null ? "" : other);
    }

    private static String redirectTo(String ticket) {
        return "redirect:/mcc/laporan/" + ticket;
    }

    /** One line of the queue with its time left and the agency a one-click routing would send it to. */
    public record QueueRow(ReportLine line, TimeLeft timeLeft, String suggested) {
    }
}
