package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

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
 * service worker's copy, reports sent offline say "menunggu sinyal" (a large photo made smaller on the phone), and
 * when the network returns they arrive, exactly once each and in order, and their tickets appear.
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
    void reportsSentWithoutSignalArriveExactlyOnceAndInOrderWhenTheSignalReturns() throws IOException {
        driver.get("http://localhost:" + port + "/lapor");
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller || (location.reload(), false);"));
        String first = "Jembatan gantung di kampung putus sebelah, ditulis tanpa sinyal " + UUID.randomUUID();
        String second = "Sekolah dasar di kampung tidak punya guru sejak bulan lalu " + UUID.randomUUID();

        network(false);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline-status")));
        fillIn("JALAN", first);
        driver.findElement(By.id("photos")).sendKeys(largePhoto().toString());
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline-status"), "Menunggu sinyal"));
        fillIn("PENDIDIKAN", second);
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#offline-status .warn")).size() == 2);

        assertThat(reportsWith(first) + reportsWith(second)).isZero();
        assertThat(queuedPhotoBytes()).as("the photo waiting on the phone").isPositive().isLessThanOrEqualTo(1024 * 1024);

        network(true);

        wait.until(d -> d.findElements(By.cssSelector("#offline-status .offline-receipt")).size() == 2);
        String receipts = driver.findElement(By.id("offline-status")).getText();
        assertThat(receipts).containsPattern("[2-9A-Z]{4}-[2-9A-Z]{4}").containsPattern("PIN \\d{6}").doesNotContain("Menunggu sinyal");
        assertThat(reportsWith(first)).isEqualTo(1);
        assertThat(reportsWith(second)).isEqualTo(1);
        assertThat(jdbc.sql("select description from report where description in (:d) order by submitted_at, id")
                .param("d", java.util.List.of(first, second)).query(String.class).list()).containsExactly(first, second);
        assertThat(jdbc.sql("select count(*) from report_photo p join report r on r.id = p.report_id where r.description = :d")
                .param("d", first).query(Long.class).single()).isEqualTo(1);
    }

    private void fillIn(String category, String text) {
        driver.findElement(By.cssSelector("label[for=kind-COMPLAINT]")).click();
        new Select(driver.findElement(By.id("categoryCode"))).selectByValue(category);
        driver.findElement(By.id("description")).sendKeys(text);
        new Select(driver.findElement(By.id("villageCode"))).selectByValue("94.04.01.1002");
    }

    /** A 3000 × 2000 photo with fine detail, several megabytes as PNG, as a phone camera makes them large. */
    private static Path largePhoto() throws IOException {
        BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 2000; y++) {
            for (int x = 0; x < 3000; x++) {
                int shade = (x * 255 / 3000) ^ (random.nextInt(64));
                image.setRGB(x, y, (shade << 16) | ((y * 255 / 2000) << 8) | random.nextInt(256));
            }
        }
        Path file = Files.createTempFile("mimika-photo-", ".png");
        ImageIO.write(image, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(1024 * 1024);
        return file;
    }

    /** The size of the photo kept in the phone's queue, read from IndexedDB. */
    private long queuedPhotoBytes() {
        Object size = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var open = indexedDB.open('mimika-lapor', 1);
                open.onsuccess = function () {
                  var get = open.result.transaction('queue').objectStore('queue').getAll();
                  get.onsuccess = function () {
                    var photos = get.result.flatMap(function (item) { return item.photos || []; });
                    done(photos.length === 1 ? photos[0].size : -photos.length);
                  };
                };""");
        return ((Number) size).longValue();
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
