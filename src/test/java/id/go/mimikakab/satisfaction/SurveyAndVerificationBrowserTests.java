package id.go.mimikakab.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import id.go.mimikakab.document.DocumentRequest;
import id.go.mimikakab.document.IssuedDocument;
import id.go.mimikakab.document.IssuedDocuments;
import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 360 px phone screen without help: the survey is answered with the keyboard-reachable radio buttons, a
 * question left out is pointed to, and the verification page checks a pasted fingerprint; axe-core finds no serious
 * or critical violation on any of these pages, nor in the IKM section of /statistik.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:citizen-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class SurveyAndVerificationBrowserTests {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    @LocalServerPort
    int port;
    @Autowired
    SatisfactionSurveys surveys;
    @Autowired
    IssuedDocuments documents;

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

    @Test
    void aCitizenAnswersTheSurveyAfterBeingToldWhichQuestionTheyLeftOut() {
        String path = surveys.invite(new SurveyInvitation("DISDUKCAPIL", "APPLICATION", "PMH-" + UUID.randomUUID().toString().substring(0, 8),
                null, null));
        driver.get(url(path));
        assertAccessible(path);
        for (int i = 1; i <= 9; i++) {
            if (i != 3) {
                driver.findElement(By.cssSelector("label[for='u" + i + "-4']")).click();
            }
        }
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        // the form comes back from the server: wait for its error summary rather than read the page being left
        String summary = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id("error-summary")).getText());
        assertThat(summary).contains("Waktu penyelesaian");
        assertThat(driver.findElement(By.id("u1-4")).isSelected()).as("answers kept").isTrue();
        assertAccessible(path + " (with an error)");
        driver.findElement(By.cssSelector("label[for='u3-3']")).click();
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        // the answer's page replaces the form: wait for it rather than read the heading of the page being left
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "Terima kasih".equals(d.findElement(By.tagName("h1")).getText()));
    }

    @Test
    void theVerificationPageConfirmsAPastedFingerprint() {
        IssuedDocument issued = documents.issue(new DocumentRequest("umum", "Surat Keterangan Pindah", "DISDUKCAPIL", "Yakob Kum",
                "9404010101900003", new LinkedHashMap<>(), null));
        String path = "/verifikasi/" + issued.verificationCode();
        driver.get(url(path));
        assertAccessible(path);
        driver.findElement(By.id("sha256")).sendKeys(issued.sha256());
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(driver.findElement(By.id("verdict")).getText()).contains("Dokumen asli");
        assertThat(driver.findElement(By.id("doc-nik")).getText()).isEqualTo("9404**********03");
        assertAccessible(path + " (checked)");
        driver.get(url("/statistik"));
        assertAccessible("/statistik#ikm", new AxeBuilder().include("#ikm"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void assertAccessible(String what) {
        assertAccessible(what, new AxeBuilder());
    }

    private void assertAccessible(String what, AxeBuilder axe) {
        List<Rule> blocking = axe.analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking).as(() -> "axe-core on " + what + ":\n" + describe(blocking)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }
}
