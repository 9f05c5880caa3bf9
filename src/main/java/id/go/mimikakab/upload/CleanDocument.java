package id.go.mimikakab.upload;

/** A document that passed the checks: a PDF as uploaded, or an image re-encoded without its metadata. */
public record CleanDocument(byte[] content, String contentType) {
}
