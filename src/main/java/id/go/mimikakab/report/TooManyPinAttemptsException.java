package id.go.mimikakab.report;

/**
 * Refuses a PIN without checking it, because too many wrong PINs were given for this ticket or from this client;
 * thrown alike for tickets that exist and tickets that do not, so the refusal tells nothing about the ticket.
 */
public class TooManyPinAttemptsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyPinAttemptsException(long retryAfterSeconds) {
        super("Too many wrong PINs; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
