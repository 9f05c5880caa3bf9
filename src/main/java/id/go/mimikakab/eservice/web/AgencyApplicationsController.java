package id.go.mimikakab.eservice.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.eservice.ApplicationRefused;
import id.go.mimikakab.eservice.ApplicationView;
import id.go.mimikakab.eservice.ApplicationWorkflow;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agency's screens for applications: its inbox with lights and deadlines, and one application with the step
 * its officers (or its head) may take now: take up, return with a reason per field, accept, send for approval,
 * approve or reject with the legal basis. Other agencies are refused. The command centre, leaders and
 * administrators, who reach an application from their dashboards, read where it stands without the applicant's data.
 */
@Controller
@RequestMapping("/opd/permohonan")
class AgencyApplicationsController {

    private final ApplicationWorkflow workflow;

    AgencyApplicationsController(ApplicationWorkflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping
    String inbox(Model model) {
        model.addAttribute("applications", workflow.ofAgency(SignedIn.required(), 200));
        return "eservice/inbox";
    }

    @GetMapping("/{reference}")
    String one(@PathVariable String reference, Model model) {
        StaffMember me = SignedIn.required();
        if (ApplicationWorkflow.oversees(me)) {
            model.addAttribute("applicationView", workflow.forOversight(me, reference));
            model.addAttribute("oversight", true);
            return "eservice/staff-application";
        }
        return page(workflow.forStaff(me, reference), Map.of(), model);
    }

    @PostMapping("/{reference}/{step}")
    String step(@PathVariable String reference, @PathVariable String step, @RequestParam Map<String, String> form, Model model) {
        StaffMember me = SignedIn.required();
        try {
            switch (step) {
                case "verifikasi" -> workflow.startVerification(me, reference);
                case "kembalikan" -> {
                    Map<String, String> reasons = new LinkedHashMap<>();
                    form.forEach((name, value) -> {
                        if (name.startsWith("alasan.") && value != null && !value.isBlank()) {
                            reasons.put(name.substring("alasan.".length()), value);
                        }
                    });
                    workflow.returnForCorrection(me, reference, reasons);
                }
                case "terima" -> workflow.accept(me, reference);
                case "proses" -> workflow.sendForApproval(me, reference, form.get("note"));
                case "setujui" -> workflow.approve(me, reference);
                case "tolak" -> workflow.reject(me, reference, form.get("reason"), form.get("legalBasis"));
                default -> throw new NotFoundException("No step " + step);
            }
        } catch (ApplicationRefused e) {
            if (e.kind() != ApplicationRefused.Kind.INVALID) {
                throw e;
            }
            model.addAttribute("typed", form);
            return page(workflow.forStaff(me, reference), e.fieldProblems(), model);
        }
        return "redirect:/opd/permohonan/" + reference + "?disimpan";
    }

    @GetMapping("/{reference}/dokumen/{id}")
    ResponseEntity<InputStreamResource> document(@PathVariable String reference, @PathVariable long id) {
        return DocumentResponses.of(workflow.documentForStaff(SignedIn.required(), reference, id)
                .orElseThrow(() -> new NotFoundException("No document " + id)));
    }

    @ExceptionHandler(ApplicationRefused.class)
    String refused(ApplicationRefused e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(e.kind() == ApplicationRefused.Kind.NOT_ALLOWED ? 403 : 409);
        model.addAttribute("refusal", e.kind() == ApplicationRefused.Kind.NOT_ALLOWED ? "eservice.staff.notAllowed" : "eservice.staff.illegal");
        return "eservice/refused";
    }

    private String page(ApplicationView view, Map<String, String> problems, Model model) {
        StaffMember me = SignedIn.required();
        model.addAttribute("applicationView", view);
        model.addAttribute("problems", problems);
        model.addAttribute("owedStep", view.status().step() == null ? null
                : view.service().step(view.status().step()).orElse(null));
        model.addAttribute("mayAct", view.status().step() != null
                && view.service().step(view.status().step()).map(s -> s.takenBy(me.role())).orElse(false));
        return "eservice/staff-application";
    }
}
