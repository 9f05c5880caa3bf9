package id.go.mimikakab.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's starting page, linking every administration screen. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String home() {
        return "system/admin";
    }
}
