package id.go.mimikakab.citizen;

/** Refuses a registration, a verification or a reset, naming the form field and the message key that explain why. */
public class CitizenAccountRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    CitizenAccountRefused(String field, String messageKey, String englishMessage) {
        super(englishMessage);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
