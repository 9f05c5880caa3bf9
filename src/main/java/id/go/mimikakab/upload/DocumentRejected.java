package id.go.mimikakab.upload;

/** Refuses one uploaded document, saying why in terms a form can show next to its field. */
public class DocumentRejected extends RuntimeException {

    /** Why a document is not taken, with its message key and an English message for the API. */
    public enum Reason {
        TYPE("upload.document.type", "This document type is not accepted here."),
        TOO_LARGE("upload.document.tooLarge", "The document is larger than this field allows."),
        UNREADABLE("upload.document.unreadable", "The file cannot be read as the document type it claims to be."),
        ENCRYPTED("upload.document.encrypted", "Password-protected PDFs cannot be checked; upload it without a password."),
        /** Not the file's fault: too many uploads are being processed; the caller may try again. */
        BUSY("upload.document.busy", "Too many uploads are being processed right now; try again in a minute.");

        private final String code;
        private final String message;

        Reason(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    DocumentRejected(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
