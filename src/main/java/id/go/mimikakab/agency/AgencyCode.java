package id.go.mimikakab.agency;

import java.util.Optional;
import java.util.regex.Pattern;

/** An agency's code, e.g. {@code PUPR}: 2 to 20 capital letters or digits. */
public record AgencyCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,20}");

    public AgencyCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Agency code must be 2 to 20 capital letters or digits: " + value);
        }
    }

    /** The code as sent by a form or a request, or empty when it cannot be an agency's. */
    public static Optional<AgencyCode> parse(String typed) {
        return typed != null && FORMAT.matcher(typed.strip()).matches() ? Optional.of(new AgencyCode(typed.strip()))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
