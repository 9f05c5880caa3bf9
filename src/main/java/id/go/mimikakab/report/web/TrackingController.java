package id.go.mimikakab.report.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.report.PublicReport;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.ReportPhotos;
import id.go.mimikakab.report.ReportRefused;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.Responsible;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tracking a report by ticket and PIN ({@code /lacak}) and the reporter's own steps: answering a question,
 * confirming with a rating, or reopening.
 * <p>
 * The PIN entered in the form is kept in the HTTP session, per ticket, and the report is then shown by a plain
 * GET of {@code /lacak/{ticket}}. Showing it only as the answer to a POST would break reloading, the back
 * button and the language switch (each would resend the form), and putting the PIN in the URL would leave it
 * in browser history, server logs and referrers. Sessions live in the database, so this works on every node.
 * The reporter's action forms also carry the PIN as a hidden field, so they work even when the session ended.
 */
@Controller
@RequestMapping("/lacak")
class TrackingController {

    static final int MAX_TEXT = 2000;

    private final ReportViews views;
    private final ReportWorkflow workflow;
    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final AgencyDirectory agencies;
    private final ReportPhotos photos;

    TrackingController(ReportViews views, ReportWorkflow workflow, ReportCategories categories, RegionCatalog regions,
            AgencyDirectory agencies, ReportPhotos photos) {
        this.views = views;
        this.workflow = workflow;
        this.categories = categories;
        this.regions = regions;
        this.agencies = agencies;
        this.photos = photos;
    }

    @GetMapping
    String form(@RequestParam(name = "tiket", required = false) String ticket, Model model) {
        model.addAttribute("ticket", ticket == null ? "" : ticket);
        return "report/track";
    }

    @PostMapping
    String find(@RequestParam(name = "tiket", required = false) String typed,
            @RequestParam(name = "pin", required = false) String pin, HttpSession session, Model model,
            RedirectAttributes flash) {
        var ticket = TicketNumber.parse(typed);
        if (ticket.isEmpty()) {
            model.addAttribute("ticket", typed == null ? "" : typed);
            model.addAttribute("ticketProblem", true);
            return "report/track";
        }
        String number = ticket.get().value();
        String given = pin == null || pin.isBlank() ? null : pin.strip();
        ReportViews.Tracked tracked = views.tracked(number, given);
        if (given != null) {
            if (tracked.reporterAccess()) {
                ReporterPins.remember(session, number, given);
            } else {
                flash.addFlashAttribute("pinWrong", true);
            }
        }
        return "redirect:/lacak/" + number;
    }

    @GetMapping("/{ticket}")
    String show(@PathVariable String ticket, HttpSession session, Model model, HttpServletResponse response) {
        var parsed = TicketNumber.parse(ticket);
        if (parsed.isEmpty()) {
            // A mistyped ticket gets the tracking form with what was typed and why it cannot be a ticket.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("ticket", ticket.length() > 20 ? ticket.substring(0, 20) : ticket);
            model.addAttribute("ticketProblem", true);
            return "report/track";
        }
        String number = parsed.get().value();
        fill(model, number, ReporterPins.of(session, number));
        return "report/tracked";
    }

    /**
     * A photo of the tracked report. Images cannot send the PIN, so a confidential report's photos are shown to the
     * browser that gave its PIN on this page, kept in its session.
     */
    @GetMapping("/{ticket}/foto/{id}")
    ResponseEntity<InputStreamResource> photo(@PathVariable String ticket, @PathVariable long id, HttpServletRequest request) {
        return photo(ticket, id, false, request);
    }

    @GetMapping("/{ticket}/foto/{id}/kecil")
    ResponseEntity<InputStreamResource> thumbnail(@PathVariable String ticket, @PathVariable long id, HttpServletRequest request) {
        return photo(ticket, id, true, request);
    }

    private ResponseEntity<InputStreamResource> photo(String ticket, long id, boolean thumbnail, HttpServletRequest request) {
        String number = number(ticket);
        HttpSession session = request.getSession(false);
        return ReportApiController.photoResponse(photos.open(number, id, thumbnail,
                session == null ? null : ReporterPins.of(session, number), SignedIn.member().orElse(null)));
    }

    @PostMapping("/{ticket}/konfirmasi")
    String confirm(@PathVariable String ticket, @RequestParam(required = false) String pin,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment,
            HttpSession session, Model model, RedirectAttributes flash) {
        String number = number(ticket);
        if (rating == null || rating < 1 || rating > 5) {
            return refused(model, number, pin, "confirmProblem", "report.rating.required");
        }
        if (comment != null && comment.length() > MAX_TEXT) {
            return refused(model, number, pin, "confirmProblem", "citizen.track.textTooLong");
        }
        return act(number, pin, session, model, flash, "confirmed", "confirmProblem",
                () -> workflow.confirm(number, pin, rating, comment));
    }

    @PostMapping("/{ticket}/buka-kembali")
    String reopen(@PathVariable String ticket, @RequestParam(required = false) String pin,
            @RequestParam(required = false) String reason, HttpSession session, Model model, RedirectAttributes flash) {
        String number = number(ticket);
        if (reason == null || reason.isBlank()) {
            return refused(model, number, pin, "reopenProblem", "citizen.track.reopen.reasonRequired");
        }
        if (reason.length() > MAX_TEXT) {
            return refused(model, number, pin, "reopenProblem", "citizen.track.textTooLong");
        }
        return act(number, pin, session, model, flash, "reopened", "reopenProblem",
                () -> workflow.reopen(number, pin, reason));
    }

    @PostMapping("/{ticket}/jawab")
    String answer(@PathVariable String ticket, @RequestParam(required = false) String pin,
            @RequestParam(required = false) String answer, HttpSession session, Model model, RedirectAttributes flash) {
        String number = number(ticket);
        if (answer == null || answer.isBlank()) {
            return refused(model, number, pin, "answerProblem", "citizen.track.answer.required");
        }
        if (answer.length() > MAX_TEXT) {
            return refused(model, number, pin, "answerProblem", "citizen.track.textTooLong");
        }
        return act(number, pin, session, model, flash, "answered", "answerProblem",
                () -> workflow.answerInformation(number, pin, answer));
    }

    private String act(String number, String pin, HttpSession session, Model model, RedirectAttributes flash,
            String done, String problemAttribute, Runnable action) {
        try {
            action.run();
        } catch (ReportRefused e) {
            String key = e.kind() == ReportRefused.Kind.ILLEGAL_TRANSITION ? "citizen.track.changedMeanwhile"
                    : "citizen.track.refused";
            return refused(model, number, pin, problemAttribute, key);
        }
        if (pin != null && !pin.isBlank()) {
            ReporterPins.remember(session, number, pin.strip());
        }
        flash.addFlashAttribute(done, true);
        return "redirect:/lacak/" + number;
    }

    /** Shows the page again with the typed text kept and the problem next to the form that caused it. */
    private String refused(Model model, String number, String pin, String problemAttribute, String key) {
        fill(model, number, pin == null || pin.isBlank() ? null : pin.strip());
        model.addAttribute(problemAttribute, key);
        return "report/tracked";
    }

    private void fill(Model model, String number, String pin) {
        ReportViews.Tracked tracked = views.tracked(number, pin);
        PublicReport report = tracked.report();
        boolean access = tracked.reporterAccess();
        model.addAttribute("report", report);
        model.addAttribute("reporterAccess", access);
        model.addAttribute("pin", access ? pin : null);
        model.addAttribute("landmark", tracked.landmark());
        model.addAttribute("categoryName", categories.find(report.categoryCode()).map(ReportCategory::name)
                .orElse(report.categoryCode()));
        model.addAttribute("districtName", report.districtCode() == null ? null
                : regions.district(report.districtCode()).map(District::name).orElse(null));
        model.addAttribute("villageName", report.villageCode() == null ? null
                : regions.village(report.villageCode()).map(Village::name).orElse(null));
        Responsible responsible = report.responsible();
        model.addAttribute("agencyName", responsible.type() == Responsible.Type.AGENCY
                ? agencies.find(responsible.code()).map(Agency::name).orElse(responsible.code()) : null);
        model.addAttribute("showDeadline", report.status().awaitsGovernment() && report.dueAt() != null);
        model.addAttribute("needsInfo", report.status() == ReportStatus.NEEDS_INFO);
        model.addAttribute("question", report.timeline().stream().filter(s -> "INFO_REQUESTED".equals(s.action()))
                .reduce((first, second) -> second).map(PublicReport.Step::publicNote).orElse(null));
        model.addAttribute("ratings", new int[] {5, 4, 3, 2, 1});
    }

    private static String number(String ticket) {
        return TicketNumber.parse(ticket).map(TicketNumber::value)
                .orElseThrow(() -> new NotFoundException("No report with ticket " + ticket));
    }
}
