package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen on a phone whose network drops (Chromium's DevTools network emulation): the form still opens from the
 * service worker's copy, a report sent offline says "menunggu sinyal", and when the network returns it arrives,
 * exactly once, and the ticket appears.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:offline-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class OfflineReportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HeadlessChromium browser;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start(360, 740);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aReportSentWithoutSignalArrivesExactlyOnceWhenTheSignalReturns() {
        driver.get("http://localhost:" + port + "/lapor");
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller || (location.reload(), false);"));

        String text = "Jembatan gantung di kampung putus sebelah, ditulis tanpa sinyal " + UUID.randomUUID();
        driver.findElement(By.cssSelector("label[for=kind-COMPLAINT]")).click();
        new Select(driver.findElement(By.id("categoryCode"))).selectByValue("JALAN");
        driver.findElement(By.id("description")).sendKeys(text);
        new Select(driver.findElement(By.id("districtCode"))).selectByValue("94.04.01");
        wait.until(d -> d.findElements(By.cssSelector("#villageCode optgroup")).isEmpty());
        new Select(driver.findElement(By.id("villageCode"))).selectByValue("94.04.01.1002");

        network(false);
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline-status"), "Menunggu sinyal"));
        assertThat(reportsWith(text)).isZero();

        network(true);

        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#offline-status .offline-receipt")))
                .getText();
        assertThat(receipt).containsPattern("[2-9A-Z]{4}-[2-9A-Z]{4}").containsPattern("PIN \\d{6}");
        assertThat(reportsWith(text)).isEqualTo(1);
        assertThat(driver.findElement(By.id("offline-status")).getText()).doesNotContain("Menunggu sinyal");
    }

    private void network(boolean online) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private long reportsWith(String description) {
        return jdbc.sql("select count(*) from report where description = :d").param("d", description).query(Long.class).single();
    }
}
