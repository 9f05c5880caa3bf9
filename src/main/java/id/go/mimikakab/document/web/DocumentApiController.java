package id.go.mimikakab.document.web;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.mimikakab.document.IssuedDocuments;
import id.go.mimikakab.document.VerifiedDocument;
import id.go.mimikakab.system.NotFoundException;

/** {@code GET /api/v1/documents/{code}}: what the verification page shows, as JSON, for other systems that check documents. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

    private final IssuedDocuments documents;

    DocumentApiController(IssuedDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{code}")
    DocumentJson show(@PathVariable String code) {
        return documents.verification(code).map(DocumentJson::of)
                .orElseThrow(() -> new NotFoundException("No document with verification code " + code));
    }

    /** A verified document as JSON; the NIK only masked. */
    record DocumentJson(String verificationCode, String number, String title, String agencyCode, String agencyName,
            String holderName, String holderNikMasked, Instant issuedAt, String sha256, String signer) {

        static DocumentJson of(VerifiedDocument v) {
            return new DocumentJson(v.document().verificationCode(), v.document().number(), v.document().title(),
                    v.document().agencyCode(), v.agencyName(), v.document().holderName(), v.holderNikMasked(),
                    v.document().issuedAt(), v.document().sha256(), v.signer());
        }
    }
}
