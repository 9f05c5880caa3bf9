package id.go.mimikakab.citizen.web;

import java.util.Map;

import id.go.mimikakab.citizen.CitizenAccountRefused;
import id.go.mimikakab.citizen.CitizenAccounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizens' account pages: register, verify with the code sent, sign in, and reset a forgotten password. A
 * refused form comes back with the problem next to its field and everything typed except passwords.
 */
@Controller
@RequestMapping("/warga")
class CitizenAccountController {

    private final CitizenAccounts accounts;

    CitizenAccountController(CitizenAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/masuk")
    String signIn() {
        return "citizen/sign-in";
    }

    @GetMapping("/daftar")
    String registration() {
        return "citizen/register";
    }

    @PostMapping("/daftar")
    String register(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
        try {
            accounts.register(login, displayName, password);
        } catch (CitizenAccountRefused e) {
            model.addAttribute("login", login);
            model.addAttribute("displayName", displayName);
            model.addAttribute("problems", Map.of(e.field(), e.messageKey()));
            return "citizen/register";
        }
        redirect.addAttribute("login", login.strip());
        return "redirect:/warga/verifikasi";
    }

    @GetMapping("/verifikasi")
    String verification(@RequestParam(defaultValue = "") String login, Model model) {
        model.addAttribute("login", login);
        return "citizen/verify";
    }

    @PostMapping("/verifikasi")
    String verify(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) String resend, Model model) {
        model.addAttribute("login", login);
        if (resend != null) {
            accounts.resendVerification(login);
            model.addAttribute("resent", true);
            return "citizen/verify";
        }
        try {
            accounts.verify(login, code);
        } catch (CitizenAccountRefused e) {
            model.addAttribute("problems", Map.of(e.field(), e.messageKey()));
            return "citizen/verify";
        }
        return "redirect:/warga/masuk?terverifikasi";
    }

    @GetMapping("/lupa-sandi")
    String forgotten() {
        return "citizen/forgotten";
    }

    @PostMapping("/lupa-sandi")
    String requestReset(@RequestParam(defaultValue = "") String login, RedirectAttributes redirect) {
        accounts.requestPasswordReset(login);
        redirect.addAttribute("login", login.strip());
        return "redirect:/warga/sandi-baru";
    }

    @GetMapping("/sandi-baru")
    String newPassword(@RequestParam(defaultValue = "") String login, Model model) {
        model.addAttribute("login", login);
        return "citizen/new-password";
    }

    @PostMapping("/sandi-baru")
    String reset(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String password, Model model) {
        try {
            accounts.resetPassword(login, code, password);
        } catch (CitizenAccountRefused e) {
            model.addAttribute("login", login);
            model.addAttribute("problems", Map.of(e.field(), e.messageKey()));
            return "citizen/new-password";
        }
        return "redirect:/warga/masuk?sandi-diganti";
    }
}
