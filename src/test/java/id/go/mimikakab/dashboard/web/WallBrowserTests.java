package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operator keeps the wall open in a real browser: a new report appears live, and one click routes it. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WallBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    private HeadlessChromium browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start(1280, 900);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNewReportAppearsOnTheOpenWallAndIsRoutedWithOneClick() {
        signInAs("mcc");
        open("/mcc");
        wait.until(ExpectedConditions.textToBe(By.id("wall-live"), "Langsung"));
        assertThat(driver.findElement(By.id("wall-map")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("wall-map-noscript")).isDisplayed()).isFalse();

        String ticket = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jembatan gantung di kampung Waa miring",
                "94.04.10", "94.04.10.2002", null, null, null, false, false, null, null, null), Channel.WEB, null, null).ticket();

        By row = By.id("w-" + ticket);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(driver.findElement(row).getText()).contains(ticket, "Kuning", "Jalan dan Jembatan", "Tembagapura");
        assertThat(driver.findElements(By.cssSelector("#wall-map .wall-pin"))).isNotEmpty();

        driver.findElement(By.cssSelector("#w-" + ticket + " form.route button")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wall-flash"), ticket));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Diteruskan ke OPD"));
        assertThat(driver.findElements(By.cssSelector("#w-" + ticket + " form.route"))).isEmpty();
        assertThat(driver.getCurrentUrl()).endsWith("/mcc");
    }

    private void signInAs(String username) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("main form[action$='/login'] button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
