package id.go.mimikakab.system;

/** Signals that a code or id named in a request does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
