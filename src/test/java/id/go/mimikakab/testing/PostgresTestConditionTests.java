package id.go.mimikakab.testing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PostgresTestConditionTests {

    @Test
    void skipsWithInstructionsWhenNoDatabaseIsConfigured() {
        ConditionEvaluationResult result = evaluate(Map.of());

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).contains("PostgreSQL tests skipped: set MIMIKA_TEST_POSTGRES_URL, "
                + "MIMIKA_TEST_POSTGRES_USER and MIMIKA_TEST_POSTGRES_PASSWORD (see README), or run .ci/run");
    }

    @Test
    void runsWhenADatabaseIsConfigured() {
        assertThat(evaluate(Map.of("MIMIKA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:55432/mimika")).isDisabled())
                .isFalse();
    }

    @Test
    void runsOnCiEvenWithoutADatabaseSoThatTheBuildFails() {
        assertThat(evaluate(Map.of("CI", "true")).isDisabled()).isFalse();
    }

    @Test
    void pointsTheDataSourceAtTheConfiguredDatabase() {
        var database = new PostgresTestDatabase(environment(Map.of(
                "MIMIKA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:55432/mimika_test",
                "MIMIKA_TEST_POSTGRES_USER", "mimika_test",
                "MIMIKA_TEST_POSTGRES_PASSWORD", "secret")));

        assertThat(database.properties())
                .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:55432/mimika_test")
                .containsEntry("spring.datasource.username", "mimika_test")
                .containsEntry("spring.datasource.password", "secret");
    }

    @Test
    void failsOnCiWhenTheDatabaseIsMissing() {
        var database = new PostgresTestDatabase(environment(Map.of("CI", "true")));

        assertThatIllegalStateException().isThrownBy(database::properties)
                .withMessageContaining("MIMIKA_TEST_POSTGRES_URL is not set although CI=true");
    }

    private static ConditionEvaluationResult evaluate(Map<String, String> variables) {
        return new PostgresTestCondition(environment(variables)).evaluateExecutionCondition(null);
    }

    static TestEnvironment environment(Map<String, String> variables) {
        return new TestEnvironment(variables::get);
    }
}
