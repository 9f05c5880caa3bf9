package id.go.mimikakab.report.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.CodeNames;
import id.go.mimikakab.report.DistrictRoutes;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.SlaPolicies;
import id.go.mimikakab.report.SlaPolicy;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's service-level screen: per category the working days to verify, follow up and complete and
 * whether reports skip verification; and the districts where a category goes to another agency. Every change is
 * audited by {@link SlaPolicies}; reports already running keep their deadlines.
 */
@Controller
@RequestMapping("/admin/sla")
class SlaAdminController {

    private final SlaPolicies policies;
    private final DistrictRoutes routes;
    private final ReportCategories categories;
    private final AgencyDirectory agencies;
    private final RegionCatalog regions;
    private final CodeNames names;

    SlaAdminController(SlaPolicies policies, DistrictRoutes routes, ReportCategories categories,
            AgencyDirectory agencies, RegionCatalog regions, CodeNames names) {
        this.policies = policies;
        this.routes = routes;
        this.categories = categories;
        this.agencies = agencies;
        this.regions = regions;
        this.names = names;
    }

    @GetMapping
    String page(Model model) {
        StaffScreens.require(Set.of(Role.ADMIN));
        return render(model);
    }

    @PostMapping("/{category}")
    String change(@PathVariable String category, @ModelAttribute("sla") SlaForm form, Model model,
            RedirectAttributes flash) {
        StaffScreens.require(Set.of(Role.ADMIN));
        categories.find(category).orElseThrow(() -> new NotFoundException("No category " + category));
        Map<String, String> problems = new LinkedHashMap<>();
        Integer verification = days(form.verificationDays(), "verificationDays", problems);
        Integer followUp = days(form.followUpDays(), "followUpDays", problems);
        Integer completion = days(form.completionDays(), "completionDays", problems);
        if (followUp != null && completion != null && completion < followUp) {
            problems.put("completionDays", "sla.completion.beforeFollowUp");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("editing", category);
            model.addAttribute("slaProblems", problems);
            return render(model);
        }
        SlaPolicy changed = new SlaPolicy(category, verification, followUp, completion, Boolean.TRUE.equals(form.autoRoute()));
        if (!changed.equals(policies.of(category))) {
            policies.change(changed);
        }
        flash.addFlashAttribute("saved", names.load().category(category));
        return "redirect:/admin/sla";
    }

    @PostMapping("/rute")
    String route(@ModelAttribute("route") RouteForm form, Model model, RedirectAttributes flash) {
        StaffScreens.require(Set.of(Role.ADMIN));
        Map<String, String> problems = new LinkedHashMap<>();
        ReportCategory category = form.categoryCode() == null ? null : categories.find(form.categoryCode()).orElse(null);
        if (category == null) {
            problems.put("categoryCode", "sla.route.category.required");
        }
        if (form.districtCode() == null || regions.district(form.districtCode()).isEmpty()) {
            problems.put("districtCode", "sla.route.district.required");
        }
        String agency = StaffScreens.clean(form.agencyCode());
        if (agency != null && agencies.find(agency).filter(Agency::active).isEmpty()) {
            problems.put("agencyCode", "sla.route.agency.required");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("routeProblems", problems);
            return render(model);
        }
        String target = agency == null || agency.equals(category.defaultAgencyCode()) ? null : agency;
        policies.routeInDistrict(category.code(), form.districtCode(), target);
        flash.addFlashAttribute("routeSaved", names.load().category(category.code()) + " · "
                + regions.district(form.districtCode()).orElseThrow().name());
        return "redirect:/admin/sla#rute";
    }

    private String render(Model model) {
        List<Row> rows = categories.all().stream().map(c -> new Row(c, policies.of(c.code()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("routes", routes.all());
        model.addAttribute("categories", categories.all());
        model.addAttribute("districts", regions.districts());
        model.addAttribute("agencies", agencies.active());
        model.addAttribute("names", names.load());
        model.addAttribute("maxDays", WorkingDays.MAX);
        if (!model.containsAttribute("route")) {
            model.addAttribute("route", new RouteForm(null, null, null));
        }
        return "report/staff-sla";
    }

    private static Integer days(String text, String field, Map<String, String> problems) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            WorkingDays.of(days);
            return days;
        } catch (IllegalArgumentException e) {
            problems.put(field, "sla.days.range");
            return null;
        }
    }

    /** One category's deadlines as typed; numbers stay text until checked so a typo is answered in words. */
    record SlaForm(String verificationDays, String followUpDays, String completionDays, Boolean autoRoute) {
    }

    /** Where one category's reports from one district go; no agency means back to the category's default. */
    record RouteForm(String categoryCode, String districtCode, String agencyCode) {
    }

    /** A category with its policy, as one row of the screen. */
    public record Row(ReportCategory category, SlaPolicy policy) {
    }
}
