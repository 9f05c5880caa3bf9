package id.go.mimikakab.agency.web;

import id.go.mimikakab.agency.AgencyCodeTakenException;
import id.go.mimikakab.agency.AgencyDirectory;
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

/** Administrator screens to list, add and change agencies. */
@Controller
@RequestMapping("/admin/instansi")
class AgencyAdminController {

    private final AgencyDirectory agencies;

    AgencyAdminController(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("agencies", agencies.all());
        return "agency/list";
    }

    @GetMapping("/baru")
    String newForm(Model model) {
        model.addAttribute("form", AgencyForm.empty());
        model.addAttribute("creating", true);
        return "agency/form";
    }

    @PostMapping("/baru")
    String add(@Valid @ModelAttribute("form") AgencyForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                agencies.add(form.toAgency());
                flash.addFlashAttribute("saved", form.code());
                return "redirect:/admin/instansi";
            } catch (AgencyCodeTakenException e) {
                errors.rejectValue("code", "agency.code.taken");
            }
        }
        model.addAttribute("creating", true);
        return "agency/form";
    }

    @GetMapping("/{code}")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", AgencyForm.of(agencies.find(code).orElseThrow(() -> new NotFoundException(code))));
        model.addAttribute("creating", false);
        return "agency/form";
    }

    @PostMapping("/{code}")
    String change(@PathVariable String code, @Valid @ModelAttribute("form") AgencyForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        if (!code.equals(form.code())) {
            errors.rejectValue("code", "agency.code.immutable");
        }
        if (errors.hasErrors()) {
            model.addAttribute("creating", false);
            return "agency/form";
        }
        agencies.change(form.toAgency());
        flash.addFlashAttribute("saved", code);
        return "redirect:/admin/instansi";
    }
}
