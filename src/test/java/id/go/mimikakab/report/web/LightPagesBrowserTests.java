package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen's pages on a 2G line (Chromium's network emulation: 250 kbit/s down and up, 800 ms round trip, an empty
 * cache): the report form, the tracking form, the receipt and a tracked report each transfer at most 60 KB on first load (HTML,
 * CSS, JS, fonts; map tiles load only on demand and are not counted), and are usable (DOMContentLoaded) within 5 s.
 * The figures are printed for docs/performance.md.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:light-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class LightPagesBrowserTests {

    static final long BUDGET_BYTES = 60 * 1024;
    static final long BUDGET_MILLIS = 5_000;

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    private HeadlessChromium browser;
    private ChromeDriver driver;

    @BeforeEach
    void openBrowserOn2g() {
        browser = HeadlessChromium.start(360, 740);
        driver = browser.driver();
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 800,
                "downloadThroughput", 250_000 / 8, "uploadThroughput", 250_000 / 8));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/lapor", "/lacak", "receipt", "tracked" })
    void aCitizenPageIsLightAndUsableOn2g(String page) {
        String path = page;
        if (page.equals("tracked") || page.equals("receipt")) {
            Receipt receipt = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang di depan pasar lama Timika",
                    "94.04.01", "94.04.01.1002", null, null, null, false, false, null, null, null), Channel.WEB, null, null);
            path = (page.equals("tracked") ? "/lacak/" : "/lapor/terkirim/") + receipt.ticket();
        }
        warmUp(path);
        driver.get("http://localhost:" + port + path);

        long bytes = ((Number) driver.executeScript("""
                var nav = performance.getEntriesByType('navigation')[0];
                var total = nav.transferSize;
                performance.getEntriesByType('resource').forEach(function (r) {
                  if (!/tile/.test(r.name)) { total += r.transferSize; }
                });
                return total;""")).longValue();
        String resources = (String) driver.executeScript("""
                return performance.getEntriesByType('resource').map(function (r) {
                  return r.name.replace(location.origin, '') + ' ' + r.transferSize + ' B, ' + Math.round(r.responseEnd) + ' ms';
                }).join('; ');""");
        long usable = ((Number) driver.executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return Math.round(n.domContentLoadedEventEnd);")).longValue();
        System.out.printf("2G first load of %s: %,d bytes transferred, usable after %,d ms (%s)%n", page, bytes, usable, resources);

        assertThat(bytes).as("bytes transferred for " + page).isLessThanOrEqualTo(BUDGET_BYTES);
        assertThat(usable).as("ms until " + page + " is usable").isLessThanOrEqualTo(BUDGET_MILLIS);
    }

    /** One request first, so the figure is the line's and not the server's first rendering of a template. */
    private void warmUp(String path) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
