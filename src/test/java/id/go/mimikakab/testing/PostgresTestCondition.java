package id.go.mimikakab.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link PostgresTest} classes when a test database is configured, and always on CI. */
class PostgresTestCondition implements ExecutionCondition {

    static final String SKIPPED = "PostgreSQL tests skipped: set MIMIKA_TEST_POSTGRES_URL, MIMIKA_TEST_POSTGRES_USER "
            + "and MIMIKA_TEST_POSTGRES_PASSWORD (see README), or run .ci/run";

    private final TestEnvironment environment;

    PostgresTestCondition() {
        this(TestEnvironment.system());
    }

    PostgresTestCondition(TestEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (environment.get(TestEnvironment.POSTGRES_URL) != null) {
            return ConditionEvaluationResult.enabled("PostgreSQL test database configured");
        }
        if (environment.onCi()) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests must run");
        }
        return ConditionEvaluationResult.disabled(SKIPPED);
    }
}
