package id.go.mimikakab.account.web;

import id.go.mimikakab.account.AccountProblem;
import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffAccount;
import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrator screens for people, their roles and agencies. */
@Controller
@RequestMapping("/admin/pengguna")
class AccountAdminController {

    private final StaffAccounts accounts;
    private final AgencyDirectory agencies;

    AccountAdminController(StaffAccounts accounts, AgencyDirectory agencies) {
        this.accounts = accounts;
        this.agencies = agencies;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "account/list";
    }

    @GetMapping("/baru")
    String newForm(Model model) {
        model.addAttribute("form", AccountForm.empty());
        return form(model, true);
    }

    @PostMapping("/baru")
    String open(@ModelAttribute("form") AccountForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        try {
            StaffAccount opened = accounts.open(form.toNewAccount());
            flash.addFlashAttribute("saved", opened.username());
            return "redirect:/admin/pengguna";
        } catch (AccountProblem problem) {
            errors.rejectValue(AccountFields.formField(problem.field(), "username"), problem.messageKey());
            return form(model, true);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        StaffAccount account = accounts.find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        model.addAttribute("form", AccountForm.of(account));
        model.addAttribute("account", account);
        return form(model, false);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        StaffAccount account = accounts.find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        try {
            accounts.change(id, form.toChange());
            flash.addFlashAttribute("saved", account.username());
            return "redirect:/admin/pengguna";
        } catch (AccountProblem problem) {
            errors.rejectValue(AccountFields.formField(problem.field(), "displayName"), problem.messageKey());
            model.addAttribute("account", account);
            return form(model, false);
        }
    }

    @PostMapping("/{id}/sandi")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes flash) {
        StaffAccount account = accounts.find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        try {
            accounts.resetPassword(id, password);
            flash.addFlashAttribute("passwordReset", account.username());
        } catch (AccountProblem problem) {
            flash.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/admin/pengguna/" + id;
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", agencies.active());
        return "account/form";
    }
}
