package id.go.mimikakab.system;

/** Signals that one request parameter has an unusable value; answered with 400 naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
