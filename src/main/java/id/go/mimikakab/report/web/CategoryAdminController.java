package id.go.mimikakab.report.web;

import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.report.CategoryCodeTakenException;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.system.NotFoundException;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrator screens for report categories and the agency each is routed to by default. */
@Controller
@RequestMapping("/admin/kategori")
class CategoryAdminController {

    private final ReportCategories categories;
    private final AgencyDirectory agencies;

    CategoryAdminController(ReportCategories categories, AgencyDirectory agencies) {
        this.categories = categories;
        this.agencies = agencies;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("agencies", agencies.all());
        return "report/categories";
    }

    @GetMapping("/baru")
    String newForm(Model model) {
        model.addAttribute("form", CategoryForm.empty());
        return form(model, true);
    }

    @PostMapping("/baru")
    String add(@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (agencies.find(form.defaultAgencyCode()).isEmpty()) {
            errors.rejectValue("defaultAgencyCode", "category.agency.required");
        }
        if (!errors.hasErrors()) {
            try {
                categories.add(form.toCategory());
                flash.addFlashAttribute("saved", form.code());
                return "redirect:/admin/kategori";
            } catch (CategoryCodeTakenException e) {
                errors.rejectValue("code", "category.code.taken");
            }
        }
        return form(model, true);
    }

    @GetMapping("/{code}")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", CategoryForm.of(categories.find(code).orElseThrow(() -> new NotFoundException(code))));
        return form(model, false);
    }

    @PostMapping("/{code}")
    String change(@PathVariable String code, @Valid @ModelAttribute("form") CategoryForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        if (!code.equals(form.code())) {
            errors.rejectValue("code", "category.code.immutable");
        }
        if (agencies.find(form.defaultAgencyCode()).isEmpty()) {
            errors.rejectValue("defaultAgencyCode", "category.agency.required");
        }
        if (errors.hasErrors()) {
            return form(model, false);
        }
        categories.change(form.toCategory());
        flash.addFlashAttribute("saved", code);
        return "redirect:/admin/kategori";
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("agencies", agencies.all());
        return "report/category-form";
    }
}
