package id.go.mimikakab.sms.web;

import java.util.List;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.report.ReportLine;
import id.go.mimikakab.report.ReportRefused;
import id.go.mimikakab.report.ReporterContacts;
import id.go.mimikakab.system.PhoneNumber;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff's side of the reporter's phone number: the command centre finds a caller's reports by their number (each
 * search audited), and staff switch a report's SMS news on or off.
 */
@Controller
class ReporterPhoneController {

    private static final int MAX_ROWS = 50;

    private final ReporterContacts contacts;

    ReporterPhoneController(ReporterContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/mcc/cari-nomor")
    String lookup(@RequestParam(name = "telepon", required = false) String phone, Model model) {
        StaffMember me = SignedIn.required();
        if (me.role() != Role.COMMAND_CENTER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the command centre looks reports up by phone");
        }
        model.addAttribute("phone", phone == null ? "" : phone);
        if (phone != null && !phone.isBlank()) {
            if (!PhoneNumber.valid(phone)) {
                model.addAttribute("invalid", true);
            } else {
                List<ReportLine> rows = contacts.byPhone(me, phone, MAX_ROWS);
                model.addAttribute("rows", rows);
            }
        }
        return "sms/lookup";
    }

    @PostMapping("/mcc/laporan/{ticket}/sms")
    String switchNotices(@PathVariable String ticket, @RequestParam(required = false) Boolean on) {
        StaffMember me = SignedIn.required();
        try {
            contacts.setSmsNotices(me, ticket, on == null ? contacts.smsNotices(ticket) : on);
        } catch (ReportRefused refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.getMessage());
        }
        return "redirect:" + (me.role().boundToAgency() ? "/opd/laporan/" : "/mcc/laporan/") + ticket;
    }
}
