package id.go.mimikakab.account.web;

import id.go.mimikakab.account.DemoAccounts;
import id.go.mimikakab.system.DemoMode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page; in demo mode it lists the demo accounts. */
@Controller
class LoginController {

    private final DemoMode demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (demoMode.enabled()) {
            model.addAttribute("demoAccounts", DemoAccounts.ALL);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        return "account/login";
    }
}
