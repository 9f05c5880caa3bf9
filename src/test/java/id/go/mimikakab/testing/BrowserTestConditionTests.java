package id.go.mimikakab.testing;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import static id.go.mimikakab.testing.PostgresTestConditionTests.environment;
import static org.assertj.core.api.Assertions.assertThat;

class BrowserTestConditionTests {

    @Test
    void skipsWithInstructionsWhenNoBrowserIsInstalled() {
        ConditionEvaluationResult result = evaluate(Map.of(), false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).contains("Browser tests skipped: install chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver) or set MIMIKA_TEST_BROWSER=true");
    }

    @Test
    void runsWhenChromedriverIsInstalled() {
        assertThat(evaluate(Map.of(), true).isDisabled()).isFalse();
    }

    @Test
    void runsWhenAskedFor() {
        assertThat(evaluate(Map.of("MIMIKA_TEST_BROWSER", "true"), false).isDisabled()).isFalse();
    }

    @Test
    void runsOnCiEvenWithoutABrowserSoThatTheBuildFails() {
        assertThat(evaluate(Map.of("CI", "true"), false).isDisabled()).isFalse();
    }

    private static ConditionEvaluationResult evaluate(Map<String, String> variables, boolean driverInstalled) {
        return new BrowserTestCondition(environment(variables), (Path path) -> driverInstalled)
                .evaluateExecutionCondition(null);
    }
}
