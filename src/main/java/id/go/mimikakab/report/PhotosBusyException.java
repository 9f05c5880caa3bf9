package id.go.mimikakab.report;

/**
 * Refuses a submission with photos for now, not for what it contains: too many photos are being decoded at this
 * moment (each decode is bounded in memory, and so is their number); nothing was stored, and the same submission
 * may be sent again in a minute.
 */
public class PhotosBusyException extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 30;

    PhotosBusyException() {
        super("Too many photos are being processed; try again in " + RETRY_AFTER_SECONDS + " s");
    }
}
