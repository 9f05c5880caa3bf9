package id.go.mimikakab.eservice.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.SignedInCitizen;
import id.go.mimikakab.eservice.ApplicationRefused;
import id.go.mimikakab.eservice.ApplicationView;
import id.go.mimikakab.eservice.ApplicationWorkflow;
import id.go.mimikakab.eservice.CatalogueEntry;
import id.go.mimikakab.eservice.NewApplication;
import id.go.mimikakab.eservice.StagedDocument;
import id.go.mimikakab.region.RegionCatalog;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The signed-in citizen's pages: "Akun saya" (their applications and their reports), the application form of a
 * service, one application with its timeline and, when returned, the correction form. A form sent back for a
 * mistake keeps every answer typed and every document that passed its checks (staged in the session).
 */
@Controller
@RequestMapping("/warga")
class ApplicantPagesController {

    private static final String STAGED = "eservice.staged.";

    private final ApplicationWorkflow workflow;
    private final RegionCatalog regions;
    private final MyReports reports;

    ApplicantPagesController(ApplicationWorkflow workflow, RegionCatalog regions, MyReports reports) {
        this.workflow = workflow;
        this.regions = regions;
        this.reports = reports;
    }

    @GetMapping("/akun")
    String account(Model model) {
        CitizenAccount me = SignedInCitizen.required();
        model.addAttribute("citizen", me);
        model.addAttribute("applications", workflow.ofApplicant(me));
        model.addAttribute("reports", reports.of(me));
        return "eservice/account";
    }

    @GetMapping("/layanan/{code}/ajukan")
    String form(@PathVariable String code, HttpSession session, Model model) {
        CatalogueEntry service = workflow.service(code);
        return form(service, Map.of(), staged(session, service.code()), Map.of(), model);
    }

    @PostMapping("/layanan/{code}/ajukan")
    String apply(@PathVariable String code, @RequestParam Map<String, String> parameters, MultipartHttpServletRequest request,
            HttpSession session, Model model) {
        CitizenAccount me = SignedInCitizen.required();
        CatalogueEntry service = workflow.service(code);
        Map<String, String> answers = Uploads.answers(service, parameters);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, StagedDocument> staged = staged(session, service.code());
        staged.putAll(Uploads.staged(workflow, service, request.getMultiFileMap(), problems));
        session.setAttribute(STAGED + service.code(), new LinkedHashMap<>(staged));
        if (!problems.isEmpty()) {
            return form(service, answers, staged, problems, model);
        }
        String key = parameters.get("submissionKey");
        try {
            ApplicationWorkflow.Submitted submitted = workflow.submit(me, new NewApplication(service.code(), answers, staged),
                    key == null || key.isBlank() || key.length() > 100 ? null : key);
            session.removeAttribute(STAGED + service.code());
            return "redirect:/warga/permohonan/" + submitted.reference() + "?terkirim";
        } catch (ApplicationRefused e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            return form(service, answers, staged, e.fieldProblems(), model);
        }
    }

    @GetMapping("/permohonan/{reference}")
    String application(@PathVariable String reference, Model model) {
        ApplicationView view = workflow.forApplicant(SignedInCitizen.required(), reference);
        model.addAttribute("applicationView", view);
        model.addAttribute("problems", Map.of());
        model.addAttribute("villages", regions.districts().stream().flatMap(d -> regions.villagesOf(d.code()).stream()).toList());
        return "eservice/application";
    }

    @PostMapping("/permohonan/{reference}/perbaikan")
    String correct(@PathVariable String reference, @RequestParam Map<String, String> parameters,
            MultipartHttpServletRequest request, Model model) {
        CitizenAccount me = SignedInCitizen.required();
        ApplicationView view = workflow.forApplicant(me, reference);
        CatalogueEntry service = view.service();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, StagedDocument> documents = Uploads.staged(workflow, service, request.getMultiFileMap(), problems);
        Map<String, String> answers = new LinkedHashMap<>();
        Uploads.answers(service, parameters).forEach((field, answer) -> {
            if (view.openCorrections().containsKey(field)) {
                answers.put(field, answer);
            }
        });
        if (problems.isEmpty()) {
            try {
                workflow.resubmit(me, reference, answers, documents);
                return "redirect:/warga/permohonan/" + reference + "?diperbaiki";
            } catch (ApplicationRefused e) {
                if (e.fieldProblems().isEmpty()) {
                    throw e;
                }
                problems.putAll(e.fieldProblems());
            }
        }
        model.addAttribute("applicationView", view);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", answers);
        model.addAttribute("villages", regions.districts().stream().flatMap(d -> regions.villagesOf(d.code()).stream()).toList());
        return "eservice/application";
    }

    @GetMapping("/permohonan/{reference}/dokumen/{id}")
    ResponseEntity<InputStreamResource> document(@PathVariable String reference, @PathVariable long id) {
        return DocumentResponses.of(workflow.documentForApplicant(SignedInCitizen.required(), reference, id)
                .orElseThrow(() -> new NotFoundException("No document " + id)));
    }

    /** The signed PDF issued for the applicant's application. */
    @GetMapping("/permohonan/{reference}/dokumen-terbit")
    ResponseEntity<byte[]> issued(@PathVariable String reference) {
        byte[] pdf = workflow.issuedPdfForApplicant(SignedInCitizen.required(), reference)
                .orElseThrow(() -> new NotFoundException("No document issued for " + reference));
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + reference + ".pdf\"")
                .cacheControl(org.springframework.http.CacheControl.noStore().cachePrivate()).body(pdf);
    }

    private String form(CatalogueEntry service, Map<String, String> answers, Map<String, StagedDocument> staged,
            Map<String, String> problems, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("answers", answers);
        model.addAttribute("staged", staged);
        model.addAttribute("problems", problems);
        model.addAttribute("submissionKey", java.util.UUID.randomUUID().toString());
        model.addAttribute("villages", regions.districts().stream().flatMap(d -> regions.villagesOf(d.code()).stream()).toList());
        return "eservice/apply";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, StagedDocument> staged(HttpSession session, String serviceCode) {
        Object kept = session.getAttribute(STAGED + serviceCode);
        return kept instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, StagedDocument>) map) : new LinkedHashMap<>();
    }

}
