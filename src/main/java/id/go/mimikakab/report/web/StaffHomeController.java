package id.go.mimikakab.report.web;

import id.go.mimikakab.account.SignedIn;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home: sends each role to the screen where its work is. */
@Controller
class StaffHomeController {

    @GetMapping("/staf")
    String home() {
        return switch (SignedIn.required().role()) {
            case COMMAND_CENTER -> "redirect:/mcc/antrian";
            case LEADER -> "redirect:/pimpinan";
            case AGENCY_HEAD, AGENCY_STAFF -> "redirect:/opd/laporan";
            case ADMIN -> "redirect:/admin";
            case HEALTH_UNIT_STAFF -> "redirect:/loket";
        };
    }
}
