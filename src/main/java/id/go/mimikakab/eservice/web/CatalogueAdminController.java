package id.go.mimikakab.eservice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.eservice.CatalogueEntry;
import id.go.mimikakab.eservice.CatalogueRefused;
import id.go.mimikakab.eservice.FieldType;
import id.go.mimikakab.eservice.FormField;
import id.go.mimikakab.eservice.LifeEvent;
import id.go.mimikakab.eservice.ServiceCatalogue;
import id.go.mimikakab.eservice.StepName;
import id.go.mimikakab.eservice.WorkflowStep;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where an agency head (their agency's services) or an administrator (any) edits the catalogue without code: the
 * standard texts, the form's fields with their types, the documents' allowed types and sizes, and per workflow step
 * the acting role and the working days. A refused form comes back as typed, with the problem named.
 */
@Controller
@RequestMapping("/opd/layanan")
class CatalogueAdminController {

    static final int BLANK_ROWS = 3;

    private final ServiceCatalogue catalogue;
    private final AgencyDirectory agencies;

    CatalogueAdminController(ServiceCatalogue catalogue, AgencyDirectory agencies) {
        this.catalogue = catalogue;
        this.agencies = agencies;
    }

    @GetMapping
    String list(Model model) {
        StaffMember me = SignedIn.required();
        model.addAttribute("services", catalogue.all().stream()
                .filter(s -> me.role() == Role.ADMIN || me.worksFor(s.agencyCode())).toList());
        model.addAttribute("mayCreate", me.role() == Role.ADMIN || me.role() == Role.AGENCY_HEAD);
        return "eservice/admin-list";
    }

    @GetMapping("/baru")
    String create(Model model) {
        StaffMember me = SignedIn.required();
        if (me.role() != Role.ADMIN && me.role() != Role.AGENCY_HEAD) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String agency = me.agencyCode() == null ? "DISDUKCAPIL" : me.agencyCode();
        CatalogueEntry blank = new CatalogueEntry("", agency, "", LifeEvent.OTHER, "", List.of(), List.of(), "",
                "Pengaduan lewat menu Lapor", 0, true, List.of(), List.of(
                        new WorkflowStep(StepName.VERIFICATION, "Verifikasi berkas", Role.AGENCY_STAFF, 2),
                        new WorkflowStep(StepName.PROCESSING, "Pemrosesan", Role.AGENCY_STAFF, 5),
                        new WorkflowStep(StepName.APPROVAL, "Persetujuan Kepala OPD", Role.AGENCY_HEAD, 2)), 0);
        return form(blank, true, null, model);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        CatalogueEntry service = catalogue.find(code).orElseThrow(() -> new NotFoundException("No service " + code));
        if (!ServiceCatalogue.mayEdit(SignedIn.required(), service.agencyCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return form(service, false, null, model);
    }

    @PostMapping
    String save(@RequestParam Map<String, String> form, Model model) {
        StaffMember me = SignedIn.required();
        if (me.role() != Role.ADMIN && me.role() != Role.AGENCY_HEAD) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        boolean isNew = "true".equals(form.get("isNew"));
        CatalogueEntry entry;
        try {
            entry = read(form, me);
        } catch (IllegalArgumentException e) {
            model.addAttribute("typed", form);
            return form(fallback(form, me), isNew, "eservice.admin.invalid", model);
        }
        try {
            catalogue.save(me, entry);
        } catch (CatalogueRefused e) {
            if (e.notAllowed()) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            return form(entry, isNew, "eservice.admin.refused", model);
        }
        return "redirect:/opd/layanan?disimpan=" + entry.code();
    }

    private String form(CatalogueEntry service, boolean isNew, String problem, Model model) {
        StaffMember me = SignedIn.required();
        List<FormField> rows = new ArrayList<>(service.fields());
        model.addAttribute("service", service);
        model.addAttribute("isNew", isNew);
        model.addAttribute("rows", rows);
        model.addAttribute("blankRows", BLANK_ROWS);
        model.addAttribute("problem", problem);
        model.addAttribute("lifeEvents", LifeEvent.values());
        model.addAttribute("fieldTypes", FieldType.values());
        model.addAttribute("roles", List.of(Role.AGENCY_STAFF, Role.AGENCY_HEAD));
        model.addAttribute("agencies", me.role() == Role.ADMIN ? agencies.active() : agencies.active().stream()
                .filter(a -> a.code().equals(me.agencyCode())).toList());
        return "eservice/admin-form";
    }

    /** The service as the form describes it; rows without a code are left out. */
    static CatalogueEntry read(Map<String, String> form, StaffMember me) {
        List<FormField> fields = new ArrayList<>();
        for (int i = 0; form.containsKey("field" + i + ".code"); i++) {
            String code = form.get("field" + i + ".code").strip().toUpperCase(java.util.Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            FieldType type = FieldType.valueOf(form.getOrDefault("field" + i + ".type", "TEXT"));
            String maxKb = form.getOrDefault("field" + i + ".maxKb", "").strip();
            fields.add(new FormField(code, form.getOrDefault("field" + i + ".label", "").strip(), type,
                    form.containsKey("field" + i + ".required"),
                    List.of(form.getOrDefault("field" + i + ".choices", "").split("\\|")).stream().map(String::strip)
                            .filter(c -> !c.isEmpty()).toList(),
                    java.util.Arrays.stream(form.getOrDefault("field" + i + ".types", "").split(",")).map(t -> t.strip()
                            .toUpperCase(java.util.Locale.ROOT)).filter(t -> !t.isEmpty()).collect(java.util.stream.Collectors.toSet()),
                    maxKb.isEmpty() ? null : Integer.valueOf(maxKb)));
        }
        List<WorkflowStep> steps = new ArrayList<>();
        for (StepName step : StepName.IN_ORDER) {
            String prefix = "step." + step.name() + ".";
            steps.add(new WorkflowStep(step, form.getOrDefault(prefix + "label", "").strip(),
                    Role.valueOf(form.getOrDefault(prefix + "role", Role.AGENCY_STAFF.name())),
                    Integer.parseInt(form.getOrDefault(prefix + "days", "0").strip())));
        }
        String agency = me.role() == Role.ADMIN ? form.getOrDefault("agencyCode", "") : me.agencyCode();
        return new CatalogueEntry(form.getOrDefault("code", "").strip().toUpperCase(java.util.Locale.ROOT), agency,
                form.getOrDefault("name", ""), LifeEvent.valueOf(form.getOrDefault("lifeEvent", "OTHER")),
                form.getOrDefault("summary", ""), lines(form.get("requirements")), lines(form.get("procedure")),
                form.getOrDefault("product", ""), form.getOrDefault("complaintChannel", ""), 0, form.containsKey("active"),
                fields, steps, Integer.parseInt(form.getOrDefault("version", "0")));
    }

    /** What to show again when a row of the form could not be read: the stored service, or a blank one. */
    private CatalogueEntry fallback(Map<String, String> form, StaffMember me) {
        return catalogue.find(form.getOrDefault("code", "").strip()).orElseGet(() -> new CatalogueEntry(
                form.getOrDefault("code", ""), me.agencyCode() == null ? form.getOrDefault("agencyCode", "") : me.agencyCode(),
                form.getOrDefault("name", ""), LifeEvent.OTHER, form.getOrDefault("summary", ""), List.of(), List.of(),
                form.getOrDefault("product", ""), form.getOrDefault("complaintChannel", ""), 0, true, List.of(),
                List.of(new WorkflowStep(StepName.VERIFICATION, "Verifikasi berkas", Role.AGENCY_STAFF, 2),
                        new WorkflowStep(StepName.PROCESSING, "Pemrosesan", Role.AGENCY_STAFF, 5),
                        new WorkflowStep(StepName.APPROVAL, "Persetujuan Kepala OPD", Role.AGENCY_HEAD, 2)), 0));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
