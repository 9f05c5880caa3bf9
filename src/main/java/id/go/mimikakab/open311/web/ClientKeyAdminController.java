package id.go.mimikakab.open311.web;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.open311.ClientKeys;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of Open311 client keys: issue one per application (shown once) and revoke. */
@Controller
@RequestMapping("/admin/open311")
class ClientKeyAdminController {

    private final ClientKeys keys;
    private final ServiceRequests requests;

    ClientKeyAdminController(ClientKeys keys, ServiceRequests requests) {
        this.keys = keys;
        this.requests = requests;
    }

    @GetMapping
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("endpoint", requests.baseUrl(request) + "/open311/v2");
        return "open311/keys";
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String clientName, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("newSecret", keys.issue(clientName).secret());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", "open311.keys.name.invalid");
        }
        return "redirect:/admin/open311";
    }

    @PostMapping("/{id}/cabut")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        keys.revoke(id);
        flash.addFlashAttribute("revoked", true);
        return "redirect:/admin/open311";
    }
}
