package id.go.mimikakab.agency;

/** Refuses a new agency whose code another agency already has. */
public class AgencyCodeTakenException extends RuntimeException {

    public AgencyCodeTakenException(String code) {
        super("Agency code already in use: " + code);
    }
}
