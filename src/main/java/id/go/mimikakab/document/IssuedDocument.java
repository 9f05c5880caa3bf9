package id.go.mimikakab.document;

import java.time.Instant;

/**
 * A document as issued: the code its QR leads to, its number, the SHA-256 (hex) of the signed file, when and by
 * which agency it was issued, to whom, and its title.
 */
public record IssuedDocument(String verificationCode, String number, String sha256, Instant issuedAt,
        String agencyCode, String holderName, String title) {
}
