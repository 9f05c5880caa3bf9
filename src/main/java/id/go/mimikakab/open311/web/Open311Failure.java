package id.go.mimikakab.open311.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request GeoReport v2 refuses, answered as the spec's list of errors: 404 for what does not exist, 403 for a
 * missing or wrong api_key, 400 for anything else; the code in the body may be more specific (429 when the key's
 * limit is reached, with the seconds to wait).
 */
class Open311Failure extends RuntimeException {

    private final HttpStatus status;
    private final List<Open311Json.Error> errors;
    private final Long retryAfterSeconds;

    private Open311Failure(HttpStatus status, List<Open311Json.Error> errors, Long retryAfterSeconds) {
        super(errors.get(0).description());
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static Open311Failure notFound(String description) {
        return new Open311Failure(HttpStatus.NOT_FOUND, List.of(Open311Json.Error.of(HttpStatus.NOT_FOUND, description)), null);
    }

    static Open311Failure badRequest(String description) {
        return badRequest(List.of(Open311Json.Error.of(HttpStatus.BAD_REQUEST, description)));
    }

    static Open311Failure badRequest(List<Open311Json.Error> errors) {
        return new Open311Failure(HttpStatus.BAD_REQUEST, errors, null);
    }

    static Open311Failure forbidden(String description) {
        return new Open311Failure(HttpStatus.FORBIDDEN, List.of(Open311Json.Error.of(HttpStatus.FORBIDDEN, description)), null);
    }

    static Open311Failure overLimit(long seconds) {
        return new Open311Failure(HttpStatus.BAD_REQUEST, List.of(new Open311Json.Error("429",
                "Too many requests with this api_key; try again in " + seconds + " seconds.")), seconds);
    }

    HttpStatus status() {
        return status;
    }

    List<Open311Json.Error> errors() {
        return errors;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
