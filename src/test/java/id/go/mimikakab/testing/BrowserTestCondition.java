package id.go.mimikakab.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link BrowserTest} classes where a browser can run: asked for, on CI, or with chromedriver installed. */
class BrowserTestCondition implements ExecutionCondition {

    static final String SKIPPED = "Browser tests skipped: install chromium and chromium-driver "
            + "(apt-get install chromium chromium-driver) or set MIMIKA_TEST_BROWSER=true";

    private final TestEnvironment environment;
    private final Predicate<Path> installed;

    BrowserTestCondition() {
        this(TestEnvironment.system(), Files::isExecutable);
    }

    BrowserTestCondition(TestEnvironment environment, Predicate<Path> installed) {
        this.environment = environment;
        this.installed = installed;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (environment.isTrue(TestEnvironment.BROWSER)) {
            return ConditionEvaluationResult.enabled(TestEnvironment.BROWSER + "=true");
        }
        if (environment.onCi()) {
            return ConditionEvaluationResult.enabled("CI=true: browser tests must run");
        }
        if (installed.test(HeadlessChromium.DRIVER)) {
            return ConditionEvaluationResult.enabled(HeadlessChromium.DRIVER + " is installed");
        }
        return ConditionEvaluationResult.disabled(SKIPPED);
    }
}
