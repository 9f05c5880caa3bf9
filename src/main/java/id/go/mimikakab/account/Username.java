package id.go.mimikakab.account;

import java.util.Optional;
import java.util.regex.Pattern;

/** A staff member's username: 3 to 60 lower-case letters, digits, dots, dashes or underscores. */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    public Username {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A username is 3 to 60 lower-case letters, digits, dots, dashes or underscores");
        }
    }

    /** The username as sent by a form or a request, or empty when it cannot be one. */
    public static Optional<Username> parse(String typed) {
        return typed != null && FORMAT.matcher(typed.strip()).matches() ? Optional.of(new Username(typed.strip()))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
