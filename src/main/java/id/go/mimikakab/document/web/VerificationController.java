package id.go.mimikakab.document.web;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

import id.go.mimikakab.document.IssuedDocument;
import id.go.mimikakab.document.IssuedDocuments;
import id.go.mimikakab.document.VerifiedDocument;
import id.go.mimikakab.system.Identity;

/**
 * The public page a document's QR code leads to, {@code /verifikasi/{code}}: what was issued, to whom and when,
 * and a form (no JavaScript needed) to check a file by uploading it or pasting its SHA-256. {@code /verifikasi}
 * alone checks a file against every issued document.
 */
@Controller
class VerificationController {

    private final IssuedDocuments documents;
    private final Identity identity;

    VerificationController(IssuedDocuments documents, Identity identity) {
        this.documents = documents;
        this.identity = identity;
    }

    @GetMapping("/verifikasi")
    String any(Model model) {
        model.addAttribute("regency", identity.regencyName());
        return "document/verify";
    }

    @PostMapping("/verifikasi")
    String checkAny(@RequestParam(name = "berkas", required = false) MultipartFile file,
            @RequestParam(name = "sha256", required = false) String hash, Model model, HttpServletResponse response) {
        model.addAttribute("regency", identity.regencyName());
        model.addAttribute("hash", hash);
        Optional<String> fingerprint = fingerprint(file, hash, model);
        if (fingerprint.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "document/verify";
        }
        Optional<IssuedDocument> found = documents.findBySha256(fingerprint.get());
        if (found.isEmpty()) {
            model.addAttribute("verdict", "unknown");
            model.addAttribute("checked", fingerprint.get());
            return "document/verify";
        }
        return "redirect:/verifikasi/" + found.get().verificationCode() + "?asli=" + fingerprint.get();
    }

    @GetMapping("/verifikasi/{code}")
    String show(@PathVariable String code, @RequestParam(name = "asli", required = false) String genuine, Model model,
            HttpServletResponse response) {
        Optional<VerifiedDocument> document = documents.verification(code);
        model.addAttribute("regency", identity.regencyName());
        if (document.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
            return "document/verify";
        }
        model.addAttribute("doc", document.get());
        if (genuine != null && genuine.equals(document.get().document().sha256())) {
            model.addAttribute("verdict", "genuine");
        }
        return "document/verify";
    }

    @PostMapping("/verifikasi/{code}")
    String check(@PathVariable String code, @RequestParam(name = "berkas", required = false) MultipartFile file,
            @RequestParam(name = "sha256", required = false) String hash, Model model, HttpServletResponse response) {
        Optional<VerifiedDocument> document = documents.verification(code);
        model.addAttribute("regency", identity.regencyName());
        model.addAttribute("hash", hash);
        if (document.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
            return "document/verify";
        }
        model.addAttribute("doc", document.get());
        Optional<String> fingerprint = fingerprint(file, hash, model);
        if (fingerprint.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "document/verify";
        }
        model.addAttribute("checked", fingerprint.get());
        model.addAttribute("verdict", fingerprint.get().equals(document.get().document().sha256()) ? "genuine" : "changed");
        return "document/verify";
    }

    /** The SHA-256 of the uploaded file, else the pasted one; a problem for the form when there is neither or it is malformed. */
    private Optional<String> fingerprint(MultipartFile file, String hash, Model model) {
        if (file != null && !file.isEmpty()) {
            try {
                return Optional.of(IssuedDocuments.sha256(file.getBytes()));
            } catch (IOException e) {
                model.addAttribute("problem", "nothing");
                return Optional.empty();
            }
        }
        if (hash == null || hash.isBlank()) {
            model.addAttribute("problem", "nothing");
            return Optional.empty();
        }
        String normalized = IssuedDocuments.normalizedHash(hash);
        if (normalized == null) {
            model.addAttribute("problem", "badHash");
            return Optional.empty();
        }
        return Optional.of(normalized);
    }
}
