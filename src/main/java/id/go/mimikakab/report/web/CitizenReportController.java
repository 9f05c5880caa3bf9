package id.go.mimikakab.report.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.citizen.CitizenReports;
import id.go.mimikakab.citizen.SignedInCitizen;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.IdempotencyConflictException;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.PhotoUpload;
import id.go.mimikakab.report.PhotosBusyException;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportKind;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.Responsible;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's report form ({@code /lapor}) and the receipt shown after sending it. Works without
 * JavaScript; with htmx, choosing a district reloads only the village options from the same GET handler.
 */
@Controller
@RequestMapping("/lapor")
class CitizenReportController {

    static final int MAX_PHOTOS = 3;
    private static final Map<String, String> ANCHORS = Map.of("kind", "kind-COMPLAINT", "latitude", "location",
            "photos", "photos");

    private final ReportIntake intake;
    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final AgencyDirectory agencies;
    private final SubmissionLimiter limiter;
    private final CitizenReports citizenReports;

    CitizenReportController(ReportIntake intake, ReportCategories categories, RegionCatalog regions,
            AgencyDirectory agencies, SubmissionLimiter limiter, CitizenReports citizenReports) {
        this.citizenReports = citizenReports;
        this.intake = intake;
        this.categories = categories;
        this.regions = regions;
        this.agencies = agencies;
        this.limiter = limiter;
    }

    /** The empty form; an htmx request from the district select gets only that district's village options. */
    @GetMapping
    String form(@RequestParam(required = false) String districtCode,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model) {
        String district = districtCode == null || regions.district(districtCode).isEmpty() ? null : districtCode;
        model.addAttribute("form", ReportForm.empty().withDistrict(district));
        fill(model);
        return "villageCode".equals(htmxTarget) ? "report/form :: villageOptions" : "report/form";
    }

    @PostMapping
    String submit(@ModelAttribute("form") ReportForm form, BindingResult errors,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request,
            Model model, RedirectAttributes flash) {
        ReportSubmission submission = form.toSubmission();
        List<MultipartFile> chosen = photos == null ? List.of() : photos.stream().filter(p -> !p.isEmpty()).toList();
        try {
            intake.check(submission);
        } catch (InvalidReportException e) {
            for (FieldProblem problem : e.problems()) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
        if (chosen.size() > MAX_PHOTOS) {
            model.addAttribute("photoProblem", "citizen.form.photos.tooMany");
        }
        if (errors.hasErrors() || chosen.size() > MAX_PHOTOS) {
            fill(model);
            return "report/form";
        }
        OptionalLong wait = limiter.submission(request.getRemoteAddr());
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.getAsLong());
        }
        Receipt receipt;
        try {
            receipt = intake.submit(submission, Channel.WEB, null, form.idempotencyKey(), uploads(chosen));
        } catch (IdempotencyConflictException sentBeforeWithOtherContent) {
            model.addAttribute("form", form.withNewKey());
            model.addAttribute("alreadySent", true);
            fill(model);
            return "report/form";
        } catch (PhotosBusyException busy) {
            model.addAttribute("photoProblem", "upload.photo.busy");
            fill(model);
            return "report/form";
        } catch (InvalidReportException photoRefused) {
            photoRefused.problems().stream().filter(p -> "photos".equals(p.field())).findFirst()
                    .ifPresent(p -> model.addAttribute("photoProblem", p.code()));
            fill(model);
            return "report/form";
        }
        // this browser may now confirm, reopen or answer on /lacak without typing the PIN again
        ReporterPins.remember(request.getSession(), receipt.ticket(), receipt.pin());
        // a citizen signed in to their account finds the report again under "Akun saya"
        SignedInCitizen.inSession(request).ifPresent(citizen -> citizenReports.link(citizen, receipt.ticket()));
        flash.addFlashAttribute("receipt", ReceiptNote.of(receipt));
        return "redirect:/lapor/terkirim/" + receipt.ticket();
    }

    private static List<PhotoUpload> uploads(List<MultipartFile> photos) {
        List<PhotoUpload> uploads = new java.util.ArrayList<>();
        for (MultipartFile photo : photos) {
            try {
                uploads.add(new PhotoUpload(photo.getOriginalFilename(), photo.getBytes()));
            } catch (java.io.IOException unreadable) {
                throw new InvalidReportException(List.of(new FieldProblem("photos", "upload.photo.unreadable",
                        "A photo could not be read.")));
            }
        }
        return uploads;
    }

    /**
     * The receipt, shown once with the PIN (from a flash attribute, never in the URL); a reload shows only the
     * ticket from the URL, without looking the report up.
     */
    @GetMapping("/terkirim/{ticket}")
    String receipt(@PathVariable String ticket, Model model) {
        TicketNumber number = TicketNumber.parse(ticket).orElseThrow(() -> new NotFoundException("No ticket " + ticket));
        Object note = model.getAttribute("receipt");
        if (note instanceof ReceiptNote receipt && receipt.ticket().equals(number.value())) {
            model.addAttribute("agencyName", receipt.agencyCode() == null ? null
                    : agencies.find(receipt.agencyCode()).map(Agency::name).orElse(receipt.agencyCode()));
        } else {
            model.addAttribute("receipt", null);
        }
        model.addAttribute("ticket", number.value());
        return "report/receipt";
    }

    private void fill(Model model) {
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("categories", categories.active());
        model.addAttribute("districts", regions.districts());
        model.addAttribute("regions", regions);
        model.addAttribute("maxDescription", ReportIntake.MAX_DESCRIPTION);
        model.addAttribute("maxPhotos", MAX_PHOTOS);
        model.addAttribute("anchors", ANCHORS);
    }

    /** What the receipt page needs, kept in the session for one redirect; serializable for the JDBC session store. */
    record ReceiptNote(String ticket, String pin, boolean withAgency, String agencyCode, Instant dueAt)
            implements Serializable {

        static ReceiptNote of(Receipt r) {
            boolean agency = r.responsible() != null && r.responsible().type() == Responsible.Type.AGENCY;
            return new ReceiptNote(r.ticket(), r.pin(), agency, agency ? r.responsible().code() : null, r.dueAt());
        }
    }
}
