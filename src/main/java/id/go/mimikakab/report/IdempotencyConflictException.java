package id.go.mimikakab.report;

/** Refuses a submission that reuses an Idempotency-Key with different content (422). */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different report");
    }
}
