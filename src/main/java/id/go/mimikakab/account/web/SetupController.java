package id.go.mimikakab.account.web;

import id.go.mimikakab.account.AccountProblem;
import id.go.mimikakab.account.FirstAdministrator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Opens the first administrator of a fresh install through the one-time link printed at start-up. */
@Controller
@RequestMapping("/setup/{secret}")
class SetupController {

    private final FirstAdministrator first;

    SetupController(FirstAdministrator first) {
        this.first = first;
    }

    @GetMapping
    String form(@PathVariable String secret, Model model) {
        if (!first.linkValid(secret)) {
            return "account/setup-invalid";
        }
        model.addAttribute("form", SetupForm.empty());
        return "account/setup";
    }

    @PostMapping
    String open(@PathVariable String secret, @ModelAttribute("form") SetupForm form, BindingResult errors) {
        if (!first.linkValid(secret)) {
            return "account/setup-invalid";
        }
        if (form.password() == null || !form.password().equals(form.passwordRepeat())) {
            errors.rejectValue("passwordRepeat", "account.password.mismatch");
            return "account/setup";
        }
        try {
            first.openThroughLink(secret, form.toAccount());
        } catch (AccountProblem problem) {
            errors.rejectValue(AccountFields.formField(problem.field(), "password"), problem.messageKey());
            return "account/setup";
        }
        return "redirect:/login?setup";
    }
}
