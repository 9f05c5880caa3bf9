package id.go.mimikakab.audit.web;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.audit.ChainVerification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The administrator's view of the audit trail and the chain check, as a page and as JSON. */
@Controller
class AuditAdminController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditAdminController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String entries(@RequestParam(name = "jenis", required = false) String targetType,
            @RequestParam(name = "hal", defaultValue = "1") int page,
            @RequestParam(name = "periksa", defaultValue = "false") boolean verify, Model model) {
        int current = Math.max(1, page);
        var entries = audit.newest(targetType, (current - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("page", current);
        model.addAttribute("targetType", targetType);
        if (verify) {
            model.addAttribute("verification", audit.verify());
        }
        return "audit/entries";
    }

    @GetMapping("/api/v1/admin/audit/verification")
    @ResponseBody
    ChainVerification verification() {
        return audit.verify();
    }
}
