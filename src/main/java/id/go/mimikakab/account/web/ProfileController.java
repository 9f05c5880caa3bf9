package id.go.mimikakab.account.web;

import jakarta.servlet.http.HttpSession;

import id.go.mimikakab.account.AccessTokens;
import id.go.mimikakab.account.AccountProblem;
import id.go.mimikakab.account.IssuedToken;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member of staff's own profile: their role, their password and their personal access tokens. */
@Controller
@RequestMapping("/profil")
class ProfileController {

    private final StaffAccounts accounts;
    private final AccessTokens tokens;

    ProfileController(StaffAccounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    String profile(Model model) {
        StaffMember me = SignedIn.required();
        model.addAttribute("account", accounts.find(me.id()).orElseThrow());
        model.addAttribute("tokens", tokens.of(me.id()));
        return "account/profile";
    }

    @PostMapping("/token")
    String issue(@RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        try {
            IssuedToken issued = tokens.issue(SignedIn.required(), name);
            flash.addFlashAttribute("newSecret", issued.secret());
        } catch (AccountProblem problem) {
            flash.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/profil";
    }

    @PostMapping("/token/{id}/cabut")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(SignedIn.required(), id);
        flash.addFlashAttribute("revoked", true);
        return "redirect:/profil";
    }

    @PostMapping("/sandi")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String newPasswordRepeat, HttpSession session, RedirectAttributes flash) {
        if (!newPassword.equals(newPasswordRepeat)) {
            flash.addFlashAttribute("problem", "account.password.mismatch");
            return "redirect:/profil";
        }
        try {
            accounts.changeOwnPassword(SignedIn.required().id(), currentPassword, newPassword, session.getId());
            flash.addFlashAttribute("passwordChanged", true);
        } catch (AccountProblem problem) {
            flash.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/profil";
    }
}
