package id.go.mimikakab.testing;

import java.util.function.UnaryOperator;

/** Reads the environment variables that switch the optional test suites on, and tells whether this is a CI run. */
record TestEnvironment(UnaryOperator<String> variables) {

    static final String POSTGRES_URL = "MIMIKA_TEST_POSTGRES_URL";
    static final String POSTGRES_USER = "MIMIKA_TEST_POSTGRES_USER";
    static final String POSTGRES_PASSWORD = "MIMIKA_TEST_POSTGRES_PASSWORD";
    static final String BROWSER = "MIMIKA_TEST_BROWSER";

    static TestEnvironment system() {
        return new TestEnvironment(System::getenv);
    }

    /** The variable's value, or {@code null} when it is unset or blank. */
    String get(String name) {
        String value = variables.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean isTrue(String name) {
        return "true".equalsIgnoreCase(get(name));
    }

    /** On CI an optional suite that cannot run must fail rather than quietly skip. */
    boolean onCi() {
        return isTrue("CI");
    }
}
