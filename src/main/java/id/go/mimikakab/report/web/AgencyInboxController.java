package id.go.mimikakab.report.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import id.go.mimikakab.account.StaffAccount;
import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.account.Username;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.report.CodeNames;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.ReportLine;
import id.go.mimikakab.report.ReportPhotos;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.StaffReport;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.report.TimelineEntry;
import id.go.mimikakab.report.web.ReportActionForms.AssignmentForm;
import id.go.mimikakab.report.web.ReportActionForms.CompletionForm;
import id.go.mimikakab.report.web.ReportActionForms.FollowUpForm;
import id.go.mimikakab.report.web.ReportActionForms.ProgressForm;
import id.go.mimikakab.report.web.ReportActionForms.RerouteForm;
import id.go.mimikakab.system.Wit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's inbox: the reports routed to it with the time left, nearest deadline first, and each report with
 * the agency's steps (acknowledge, assign a PIC, follow up, start work, complete, ask for re-routing). Only the
 * agency's own head and staff see it; another agency's report answers 403.
 */
@Controller
@RequestMapping("/opd/laporan")
class AgencyInboxController {

    static final int INBOX_SIZE = 300;
    /** How many response templates the bundle holds, as {@code inbox.template.1} to {@code inbox.template.N}. */
    static final int TEMPLATES = 5;
    private static final Set<ReportStatus> WITH_AGENCY = EnumSet.of(ReportStatus.ROUTED, ReportStatus.REOPENED,
            ReportStatus.FOLLOWED_UP, ReportStatus.IN_PROGRESS);
    private static final Set<ReportStatus> BEFORE_FOLLOW_UP = EnumSet.of(ReportStatus.ROUTED, ReportStatus.REOPENED);
    private static final Set<String> NEW_ROUND = Set.of("ROUTED", "REROUTED", "REOPENED");

    private final ReportViews views;
    private final ReportWorkflow workflow;
    private final StaffAccounts accounts;
    private final HolidayCalendar calendar;
    private final CodeNames names;
    private final MessageSource messages;
    private final Clock clock;

    AgencyInboxController(ReportViews views, ReportWorkflow workflow, StaffAccounts accounts, HolidayCalendar calendar,
            CodeNames names, MessageSource messages, Clock clock) {
        this.views = views;
        this.workflow = workflow;
        this.accounts = accounts;
        this.calendar = calendar;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String inbox(@RequestParam(required = false) String saya, StaffListSearch search, Model model) {
        StaffMember me = StaffScreens.require(StaffScreens.AGENCY);
        Instant now = clock.instant();
        WorkingDayCalendar days = calendar.workingDays();
        boolean mine = saya != null;
        CodeNames.Names loaded = names.load();
        List<InboxRow> rows = views.agencyInbox(me.agencyCode(), INBOX_SIZE).stream()
                .filter(line -> !mine || me.username().equals(line.assignee()))
                .filter(line -> search.matches(line, loaded))
                .map(line -> new InboxRow(line, TimeLeft.of(line.dueAt(), now, days)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("mine", mine);
        model.addAttribute("names", loaded);
        model.addAttribute("search", search);
        return "inbox/list";
    }

    @GetMapping("/{ticket}")
    String report(@PathVariable String ticket, @RequestParam(required = false) Integer templat, Model model) {
        StaffMember me = StaffScreens.require(StaffScreens.AGENCY);
        if (templat != null && templat >= 1 && templat <= TEMPLATES) {
            model.addAttribute("followUp", FollowUpForm.withMessage(
                    messages.getMessage("inbox.template.%d".formatted(templat), null, LocaleContextHolder.getLocale())));
        }
        return detail(me, ticket, model);
    }

    @PostMapping("/{ticket}/terima")
    String acknowledge(@PathVariable String ticket, RedirectAttributes flash) {
        return act(ticket, null, null, flash, "inbox.notice.acknowledged", workflow::acknowledge);
    }

    @PostMapping("/{ticket}/pic")
    String assign(@PathVariable String ticket, @ModelAttribute("assignment") AssignmentForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        StaffMember me = StaffScreens.require(StaffScreens.AGENCY);
        String username = StaffScreens.clean(form.username());
        if (username == null || colleagues(me).stream().noneMatch(a -> a.username().equals(username))) {
            errors.rejectValue("username", "inbox.assign.required");
        }
        return act(ticket, errors, model, flash, "inbox.notice.assigned",
                (by, canonical) -> workflow.assign(by, canonical, new Username(username)));
    }

    @PostMapping("/{ticket}/tindak-lanjut")
    String followUp(@PathVariable String ticket, @ModelAttribute("followUp") FollowUpForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        String message = StaffScreens.clean(form.message());
        if (message != null && message.contains("…")) {
            errors.rejectValue("message", "inbox.followUp.unfinished");
        } else {
            requireText(errors, "message", message, "inbox.followUp.required");
        }
        if (!form.visibilityChosen()) {
            errors.rejectValue("visibility", "inbox.followUp.visibility.required");
        }
        return act(ticket, errors, model, flash, form.visibleToPublic() ? "inbox.notice.followedUp" : "inbox.notice.noted",
                (by, canonical) -> workflow.followUp(by, canonical, message, form.visibleToPublic(), form.uploads()));
    }

    @PostMapping("/{ticket}/dikerjakan")
    String startWork(@PathVariable String ticket, @ModelAttribute("progress") ProgressForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        String note = StaffScreens.clean(form.note());
        if (!errors.hasFieldErrors("plannedFor") && form.plannedFor() != null
                && form.plannedFor().isBefore(Wit.dateOf(clock.instant()))) {
            errors.rejectValue("plannedFor", "inbox.progress.planned.past");
        }
        if (note != null && note.length() > ReportActionForms.MAX_NOTE) {
            errors.rejectValue("note", "report.staff.tooLong");
        }
        return act(ticket, errors, model, flash, "inbox.notice.started",
                (by, canonical) -> workflow.startWork(by, canonical, form.plannedFor(), note));
    }

    @PostMapping("/{ticket}/selesai")
    String complete(@PathVariable String ticket, @ModelAttribute("completion") CompletionForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        String evidence = StaffScreens.clean(form.evidence());
        requireText(errors, "evidence", evidence, "inbox.complete.required");
        return act(ticket, errors, model, flash, "inbox.notice.completed",
                (by, canonical) -> workflow.complete(by, canonical, evidence, form.uploads()));
    }

    @PostMapping("/{ticket}/minta-alih")
    String requestReroute(@PathVariable String ticket, @ModelAttribute("reroute") RerouteForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        String reason = StaffScreens.clean(form.reason());
        requireText(errors, "reason", reason, "inbox.reroute.required");
        return act(ticket, errors, model, flash, "inbox.notice.rerouteRequested",
                (by, canonical) -> workflow.requestReroute(by, canonical, reason));
    }

    /** The ticket as stored (a merged or differently written ticket leads to its report), or 403/404 for this member. */
    private String canonical(String ticket, StaffMember me) {
        return views.staffView(ticket, me).report().ticket();
    }

    /** A required note: rejected when missing or longer than a note may be. */
    private static void requireText(BindingResult errors, String field, String text, String requiredKey) {
        if (text == null) {
            errors.rejectValue(field, requiredKey);
        } else if (text.length() > ReportActionForms.MAX_NOTE) {
            errors.rejectValue(field, "report.staff.tooLong");
        }
    }

    /**
     * The shape every action shares: the agency's member only (403 otherwise), the report as stored (403 or 404 when
     * it is not theirs); with errors (when a form was bound) the report again with the form; otherwise the step, a
     * notice when it succeeded (or the problem it met), and back to the report.
     */
    private String act(String ticket, BindingResult errors, Model model, RedirectAttributes flash, String notice,
            Step step) {
        StaffMember me = StaffScreens.require(StaffScreens.AGENCY);
        String canonical = canonical(ticket, me);
        if (errors != null && errors.hasErrors()) {
            return detail(me, ticket, model);
        }
        try {
            if (StaffScreens.attempt(() -> step.take(me, new TicketNumber(canonical)), flash)) {
                flash.addFlashAttribute("notice", notice);
            }
        } catch (InvalidReportException invalid) {
            if (errors == null) {
                throw invalid;
            }
            StaffPhotos.reject(errors, invalid);
            return detail(me, ticket, model);
        }
        return redirectTo(canonical);
    }

    /**
     * The photo field of the form sent back with photos chosen (a form is only ever shown again when it had a
     * problem), whose photos must be attached again; null when none was.
     */
    private static String photoFieldNotKept(Model model) {
        for (Object value : model.asMap().values()) {
            if (value instanceof FollowUpForm followUp && chosen(followUp.photos())) {
                return "followup-photos";
            }
            if (value instanceof CompletionForm completion && chosen(completion.photos())) {
                return "completion-photos";
            }
        }
        return null;
    }

    private static boolean chosen(List<MultipartFile> photos) {
        return photos != null && photos.stream().anyMatch(photo -> photo != null && !photo.isEmpty());
    }

    /** One of the agency's steps, taken by the member on the report's stored ticket. */
    @FunctionalInterface
    private interface Step {
        void take(StaffMember by, TicketNumber ticket);
    }

    private String detail(StaffMember me, String ticket, Model model) {
        StaffReport report = views.staffView(ticket, me);
        ReportStatus status = report.report().status();
        model.addAttribute("s", report);
        model.addAttribute("timeLeft", TimeLeft.of(report.report().dueAt(), clock.instant(), calendar.workingDays()));
        model.addAttribute("names", names.load());
        model.addAttribute("canAcknowledge", BEFORE_FOLLOW_UP.contains(status) && !acknowledged(report.timeline()));
        model.addAttribute("canAct", WITH_AGENCY.contains(status));
        model.addAttribute("canStart", status == ReportStatus.FOLLOWED_UP || status == ReportStatus.IN_PROGRESS);
        model.addAttribute("canRequestReroute", BEFORE_FOLLOW_UP.contains(status) && !report.rerouteRequested());
        model.addAttribute("colleagues", colleagues(me));
        model.addAttribute("maxPhotos", ReportPhotos.MAX_PER_UPLOAD);
        model.addAttribute("photosNotKept", photoFieldNotKept(model));
        model.addAttribute("templates", IntStream.rangeClosed(1, TEMPLATES).boxed().toList());
        if (!model.containsAttribute("assignment")) {
            model.addAttribute("assignment", new AssignmentForm(report.assignee()));
        }
        if (!model.containsAttribute("followUp")) {
            model.addAttribute("followUp", FollowUpForm.withMessage(null));
        }
        if (!model.containsAttribute("progress")) {
            model.addAttribute("progress", ProgressForm.empty());
        }
        if (!model.containsAttribute("completion")) {
            model.addAttribute("completion", CompletionForm.empty());
        }
        if (!model.containsAttribute("reroute")) {
            model.addAttribute("reroute", RerouteForm.empty());
        }
        return "inbox/report";
    }

    /** Whether the agency has acknowledged the report since it last arrived (routed, re-routed or reopened). */
    private static boolean acknowledged(List<TimelineEntry> timeline) {
        boolean seen = false;
        for (TimelineEntry e : timeline) {
            if (NEW_ROUND.contains(e.action())) {
                seen = false;
            } else if ("ACKNOWLEDGED".equals(e.action())) {
                seen = true;
            }
        }
        return seen;
    }

    /** The enabled accounts of the member's own agency: the people a report can be put in charge of. */
    private List<StaffAccount> colleagues(StaffMember me) {
        return accounts.all().stream()
                .filter(a -> a.enabled() && me.agencyCode().equals(a.agencyCode()))
                .toList();
    }

    private static String redirectTo(String ticket) {
        return "redirect:/opd/laporan/" + ticket;
    }

    /** One line of the inbox with its time left. */
    public record InboxRow(ReportLine line, TimeLeft timeLeft) {
    }
}
