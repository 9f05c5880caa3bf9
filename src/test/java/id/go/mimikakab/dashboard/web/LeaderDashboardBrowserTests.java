package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Bupati's phone: the dashboard fits 360 px, a tap leads from an agency to the report, and axe-core finds no serious issue. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:leader-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class LeaderDashboardBrowserTests {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    private HeadlessChromium browser;
    private WebDriver driver;

    @BeforeEach
    void openBrowserAsTheBupati() {
        browser = HeadlessChromium.start(360, 740);
        driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("bupati");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theLeagueTableFitsAPhoneAndATapLeadsFromTheAgencyToTheReport() {
        Receipt r = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan longsor menuju kampung Banti " + System.nanoTime(),
                "94.04.10", "94.04.10.2009", null, null, null, false, false, null, null, null), Channel.API, null, null);
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(r.ticket()), new AgencyCode("PUPR"));

        driver.get(url("/pimpinan"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dasbor pimpinan");
        assertNoHorizontalScroll();
        assertNoSeriousAccessibilityIssue("/pimpinan");

        driver.findElement(By.cssSelector("a[href='/pimpinan/opd/PUPR']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/pimpinan/opd/PUPR"));
        assertNoHorizontalScroll();
        driver.findElement(By.cssSelector("a[href='/pimpinan/laporan/" + r.ticket() + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(r.ticket()));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(r.ticket(), "Diteruskan ke OPD");
        assertNoHorizontalScroll();
        assertNoSeriousAccessibilityIssue("the report page");
    }

    private void assertNoHorizontalScroll() {
        Object width = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) width).intValue()).as("page width at 360 px on " + driver.getCurrentUrl()).isLessThanOrEqualTo(360);
    }

    private void assertNoSeriousAccessibilityIssue(String page) {
        List<Rule> blocking = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking).as(() -> "axe-core on " + page + ":\n" + blocking.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
