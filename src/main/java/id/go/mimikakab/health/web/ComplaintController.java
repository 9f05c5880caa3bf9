package id.go.mimikakab.health.web;

import java.util.UUID;

import id.go.mimikakab.health.HealthUnit;
import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.UnitComplaints;
import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.IdempotencyConflictException;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The complaint form of a unit ({@code /sehat/unit/{code}/pengaduan}): the complaint becomes a report to Dinkes. */
@Controller
@RequestMapping("/sehat/unit/{code}/pengaduan")
class ComplaintController {

    private final HealthUnits units;
    private final UnitComplaints complaints;

    ComplaintController(HealthUnits units, UnitComplaints complaints) {
        this.units = units;
        this.complaints = complaints;
    }

    /** The form as typed; the key is made when the form is shown, so a double submit sends one report. */
    record ComplaintForm(String description, String name, String phone, Boolean anonymous, String idempotencyKey) {
    }

    @GetMapping
    String form(@PathVariable String code, Model model) {
        model.addAttribute("unit", unit(code));
        model.addAttribute("form", new ComplaintForm(null, null, null, false, UUID.randomUUID().toString()));
        return "health/complaint";
    }

    @PostMapping
    String send(@PathVariable String code, @ModelAttribute("form") ComplaintForm form, BindingResult errors, Model model) {
        model.addAttribute("unit", unit(code));
        try {
            ReportSubmission submission = complaints.submission(code, form.description(), form.name(), form.phone(), null,
                    Boolean.TRUE.equals(form.anonymous()));
            Receipt receipt = complaints.submit(submission, form.idempotencyKey());
            model.addAttribute("receipt", receipt);
            return "health/complaint-sent";
        } catch (InvalidReportException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                String field = switch (problem.field()) {
                    case "reporterName" -> "name";
                    case "reporterPhone" -> "phone";
                    default -> "description";
                };
                errors.rejectValue(field, problem.code());
            }
        } catch (IdempotencyConflictException sentBefore) {
            errors.rejectValue("description", "health.refused.KEY_REUSED");
        }
        return "health/complaint";
    }

    private HealthUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException("health unit " + code));
    }
}
