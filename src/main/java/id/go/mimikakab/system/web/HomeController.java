package id.go.mimikakab.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what the platform is and where to report, track, apply or read statistics. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "system/home";
    }
}
