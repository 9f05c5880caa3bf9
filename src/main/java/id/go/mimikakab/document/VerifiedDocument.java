package id.go.mimikakab.document;

/** What the public verification page shows of an issued document: the document, its agency's name, the masked NIK and the signer. */
public record VerifiedDocument(IssuedDocument document, String agencyName, String holderNikMasked, String signer) {
}
