package id.go.mimikakab.report.web;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.citizen.CitizenReports;
import id.go.mimikakab.citizen.SignedInCitizen;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.region.District;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.IdempotencyConflictException;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.MapProperties;
import id.go.mimikakab.report.NearbyReports;
import id.go.mimikakab.report.PhotoUpload;
import id.go.mimikakab.report.PhotosBusyException;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportKind;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.StagedPhotos;
import id.go.mimikakab.report.Responsible;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The citizen's report form ({@code /lapor}), the open reports near the chosen place ("Sudah dilaporkan?") and the
 * receipt shown after sending it. Works without JavaScript; with it, the form filters villages by district, places a
 * pin on a map loaded on request, and fetches the nearby reports as a fragment of the same GET handler as their page.
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
    private final StagedPhotos staged;
    private final Clock clock;
    private final CitizenReports citizenReports;
    private final NearbyReports nearbyReports;
    private final MapProperties map;

    CitizenReportController(ReportIntake intake, ReportCategories categories, RegionCatalog regions,
            AgencyDirectory agencies, SubmissionLimiter limiter, StagedPhotos staged, Clock clock,
            CitizenReports citizenReports, NearbyReports nearbyReports, MapProperties map) {
        this.nearbyReports = nearbyReports;
        this.map = map;
        this.staged = staged;
        this.clock = clock;
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
        if ("villageCode".equals(htmxTarget)) {
            model.addAttribute("villagesOnly", district);
            return "report/form :: villageOptions";
        }
        return "report/form";
    }

    /**
     * The open public reports of the chosen category near the chosen place, nearest first, each linking to its
     * public page; an htmx-style request ({@code HX-Request: true}, as the form's script sends) gets only the section.
     */
    @GetMapping("/sekitar")
    String nearby(NearbyQuery query, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("nearby", nearbyRows(query));
        model.addAttribute("lightPage", true);
        return "true".equals(htmx) ? "report/nearby :: nearby" : "report/nearby";
    }

    @PostMapping
    String submit(@ModelAttribute("form") ReportForm form, BindingResult errors,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            @RequestParam(name = "removedPhoto", required = false) List<Long> removedPhotos, HttpServletRequest request,
            Model model, RedirectAttributes flash) {
        ReportSubmission submission = form.toSubmission();
        List<MultipartFile> chosen = photos == null ? List.of() : photos.stream().filter(p -> !p.isEmpty()).toList();
        String stagingKey = form.idempotencyKey();
        if (removedPhotos != null && !removedPhotos.isEmpty()) {
            staged.discard(stagingKey, removedPhotos);
        }
        int kept = staged.of(stagingKey).size();
        try {
            intake.check(submission);
        } catch (InvalidReportException e) {
            for (FieldProblem problem : e.problems()) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
        boolean tooMany = kept + chosen.size() > MAX_PHOTOS;
        if (tooMany) {
            model.addAttribute("photoProblem", "citizen.form.photos.tooMany");
        }
        if (errors.hasErrors() || tooMany) {
            if (!tooMany && !chosen.isEmpty()) {
                keepForNextTime(stagingKey, uploads(chosen), model);
            }
            return form(stagingKey, model);
        }
        List<PhotoUpload> uploads = new ArrayList<>(staged.uploads(stagingKey, List.of()));
        uploads.addAll(uploads(chosen));
        String fingerprint = RecentSubmissions.fingerprint(submission, uploads);
        Optional<ReceiptNote> sentBefore = RecentSubmissions.sentBefore(request.getSession(false), fingerprint, clock.instant());
        if (sentBefore.isPresent()) {
            flash.addFlashAttribute("receipt", sentBefore.get());
            flash.addFlashAttribute("sentBefore", true);
            return "redirect:/lapor/terkirim/" + sentBefore.get().ticket();
        }
        OptionalLong wait = limiter.submission(request.getRemoteAddr());
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.getAsLong());
        }
        Receipt receipt;
        try {
            receipt = intake.submit(submission, Channel.WEB, null, form.idempotencyKey(), uploads);
        } catch (IdempotencyConflictException sentBeforeWithOtherContent) {
            model.addAttribute("form", form.withNewKey());
            model.addAttribute("alreadySent", true);
            fill(model);
            return "report/form";
        } catch (PhotosBusyException busy) {
            model.addAttribute("photoProblem", "upload.photo.busy");
            return form(stagingKey, model);
        } catch (InvalidReportException photoRefused) {
            photoRefused.problems().stream().filter(p -> "photos".equals(p.field())).findFirst()
                    .ifPresent(p -> model.addAttribute("photoProblem", p.code()));
            return form(stagingKey, model);
        }
        staged.discard(stagingKey, null);
        // this browser may now confirm, reopen or answer on /lacak without typing the PIN again
        ReporterPins.remember(request.getSession(), receipt.ticket(), receipt.pin());
        // a citizen signed in to their account finds the report again under "Akun saya"
        SignedInCitizen.inSession(request).ifPresent(citizen -> citizenReports.link(citizen, receipt.ticket()));
        ReceiptNote note = ReceiptNote.of(receipt, reported(submission, uploads.size()));
        RecentSubmissions.remember(request.getSession(), fingerprint, note, clock.instant());
        flash.addFlashAttribute("receipt", note);
        return "redirect:/lapor/terkirim/" + receipt.ticket();
    }

    /**
     * Keeps the photos of a form that came back with an error, so that they need not be attached again; without a
     * form key of ours (a form from elsewhere) the form says plainly that they must be attached again.
     */
    private void keepForNextTime(String stagingKey, List<PhotoUpload> uploads, Model model) {
        if (stagingKey == null) {
            model.addAttribute("photosNotKept", true);
            return;
        }
        staged.stage(stagingKey, uploads).stream().findFirst()
                .ifPresent(problem -> model.addAttribute("photoProblem", problem.code()));
    }

    /** The form again with what was typed, and the photos kept for it. */
    private String form(String stagingKey, Model model) {
        model.addAttribute("stagedPhotos", staged.of(stagingKey));
        fill(model);
        return "report/form";
    }

    private static List<PhotoUpload> uploads(List<MultipartFile> photos) {
        List<PhotoUpload> uploads = new ArrayList<>();
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
        if (model.getAttribute("form") instanceof ReportForm form && NearbyQuery.of(form).asks()) {
            model.addAttribute("nearby", nearbyRows(NearbyQuery.of(form)));
        }
        model.addAttribute("map", map);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("categories", categories.active());
        model.addAttribute("districts", regions.districts());
        model.addAttribute("regions", regions);
        model.addAttribute("maxDescription", ReportIntake.MAX_DESCRIPTION);
        model.addAttribute("maxPhotos", MAX_PHOTOS);
        model.addAttribute("anchors", ANCHORS);
        // The form page needs neither htmx nor the dashboards' stylesheet (issue #14, item 15).
        model.addAttribute("lightPage", true);
        if (!model.containsAttribute("stagedPhotos")) {
            model.addAttribute("stagedPhotos", List.of());
        }
    }

    /** The reports near the place in the words of the page, or null when the query has no category or no place. */
    private List<NearbyRow> nearbyRows(NearbyQuery query) {
        if (!query.asks()) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return query.find(nearbyReports).stream().map(n -> new NearbyRow(n.ticket(),
                categories.find(n.categoryCode()).map(ReportCategory::name).orElse(n.categoryCode()),
                placeName(n.districtCode(), n.villageCode()), n.excerpt(), n.status().name(),
                distance(n.kilometres(), locale), n.approximate(), n.meToo())).toList();
    }

    private String placeName(String districtCode, String villageCode) {
        String village = villageCode == null ? null : regions.village(villageCode).map(Village::name).orElse(null);
        String district = districtCode == null ? null : regions.district(districtCode).map(District::name).orElse(null);
        return village == null ? district : district == null ? village : village + ", " + district;
    }

    /** "350 m" or "2,4 km", rounded to 50 m, or null when the distance is not known. */
    private static String distance(Double kilometres, Locale locale) {
        if (kilometres == null) {
            return null;
        }
        long metres = Math.round(kilometres * 20) * 50;
        if (metres < 1000) {
            return NumberFormat.getIntegerInstance(locale).format(metres) + " m";
        }
        NumberFormat km = NumberFormat.getNumberInstance(locale);
        km.setMaximumFractionDigits(1);
        return km.format(metres / 1000.0) + " km";
    }

    /** One report near the place, as "Sudah dilaporkan?" lists it: nothing of its reporter. */
    record NearbyRow(String ticket, String category, String place, String excerpt, String status, String distance,
            boolean approximate, int meToo) {
    }

    /** What the citizen reported, in the words the receipt repeats it with. */
    private Reported reported(ReportSubmission s, int photos) {
        String category = categories.find(s.categoryCode()).map(ReportCategory::name).orElse(s.categoryCode());
        String village = s.villageCode() == null ? null : regions.village(s.villageCode()).map(Village::name).orElse(null);
        String district = s.districtCode() == null ? null : regions.district(s.districtCode()).map(District::name).orElse(null);
        String place = village == null ? district : district == null ? village : village + ", " + district;
        boolean point = s.latitude() != null && s.longitude() != null;
        return new Reported(s.kind(), category, place, point, s.address() == null || s.address().isBlank() ? null : s.address().strip(),
                s.description() == null ? "" : s.description().strip(), photos,
                Boolean.TRUE.equals(s.anonymous()), Boolean.TRUE.equals(s.confidential()));
    }

    /** The report as the citizen sent it, repeated on the receipt so they can check it. */
    record Reported(String kind, String category, String place, boolean point, String landmark, String description,
            int photos, boolean anonymous, boolean confidential) implements Serializable {
    }

    /** What the receipt page needs, kept in the session for one redirect; serializable for the JDBC session store. */
    record ReceiptNote(String ticket, String pin, boolean withAgency, String agencyCode, Instant dueAt, Reported reported)
            implements Serializable {

        static ReceiptNote of(Receipt r, Reported reported) {
            boolean agency = r.responsible() != null && r.responsible().type() == Responsible.Type.AGENCY;
            return new ReceiptNote(r.ticket(), r.pin(), agency, agency ? r.responsible().code() : null, r.dueAt(), reported);
        }
    }
}
