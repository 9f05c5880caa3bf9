package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The citizens' entry pages pass axe-core without a serious or critical violation, on a phone-sized screen. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:citizen-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class AccessibilityBrowserTests {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    @LocalServerPort
    int port;

    private HeadlessChromium browser;
    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start(360, 740);
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/lapor", "/lacak", "/laporan", "/lapor?lang=en"})
    void hasNoSeriousOrCriticalAccessibilityViolation(String path) {
        driver.get("http://localhost:" + port + path);
        List<Rule> blocking = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking).as(() -> "axe-core on " + path + ":\n" + describe(blocking)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }
}
