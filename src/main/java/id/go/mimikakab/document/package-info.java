/**
 * Output documents: PDFs from per-template layouts with the regency's letterhead, a document number and a QR code,
 * signed with the platform's key (PAdES), stored as issued, and verifiable by anyone on a public page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signed documents",
        allowedDependencies = { "agency", "audit", "system" })
package id.go.mimikakab.document;
