package id.go.mimikakab.account;

/** Refuses an account change that breaks a rule, with a message key the screens translate. */
public class AccountProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountProblem(String field, String messageKey, String message) {
        super(message);
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
