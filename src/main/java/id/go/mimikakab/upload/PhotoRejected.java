package id.go.mimikakab.upload;

/** Refuses one uploaded file, saying why in terms a form can show next to the photo field. */
public class PhotoRejected extends RuntimeException {

    /** Why a file is not taken, with its message key and an English message for the API. */
    public enum Reason {
        TYPE("upload.photo.type", "Only JPEG, PNG or WebP photos are accepted."),
        TOO_LARGE("upload.photo.tooLarge", "A photo has at most 10 MB."),
        DIMENSIONS("upload.photo.dimensions", "A photo has at most 40 megapixels."),
        UNREADABLE("upload.photo.unreadable", "The file cannot be read as a photo."),
        /** Not the file's fault: too many photos are being processed at this moment; the caller may try again. */
        BUSY("upload.photo.busy", "Too many photos are being processed right now; try again in a minute.");

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

    PhotoRejected(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    PhotoRejected(Reason reason, Throwable cause) {
        super(reason.message(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
