package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen in Agimuga on a 360 × 740 phone: the form asks for the place first, "Gunakan lokasi saya" chooses the
 * district, open reports of the chosen category near the point appear before sending (never a confidential one, never
 * one of another category), and a pin moved on the map (tapping beside it, then dragging it) fills the coordinates.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LaporLocationFirstBrowserTests {

    private static final String AGIMUGA = "94.04.02";
    private static final String KILIARMA = "94.04.02.2001";
    private static final double LAT = -4.80;
    private static final double LON = 137.55;

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    private HeadlessChromium browser;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.withViewport(360, 740);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void thePlaceComesFirstAndReportsNearItOfTheSameCategoryShowBeforeSending() {
        String road = submit("JALAN", LAT + 0.002, LON, false);
        String water = submit("AIR", LAT + 0.001, LON, false);
        String confidential = submit("JALAN", LAT + 0.0005, LON, true);
        open("/lapor");
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                "permissions", List.of("geolocation")));
        driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", LAT, "longitude", LON, "accuracy", 20));

        Object first = driver.executeScript(
                "return document.querySelector('#report-form fieldset, #report-form .field, #report-form textarea').id;");
        assertThat(first).as("the form's first block").isEqualTo("location");
        assertThat(top("location")).isLessThan(top("categoryCode")).isLessThan(740);

        driver.findElement(By.id("use-location")).click();
        wait.until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
        assertThat(new Select(driver.findElement(By.id("districtCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(AGIMUGA);
        assertThat(driver.findElement(By.id("location-status")).getText()).contains("Agimuga", "pusat distrik terdekat");

        new Select(driver.findElement(By.id("categoryCode"))).selectByValue("JALAN");
        By roadRow = By.cssSelector("#nearby li[data-ticket='" + road + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(roadRow));
        assertThat(driver.findElement(roadRow).findElement(By.tagName("a")).getAttribute("href")).endsWith("/laporan/" + road);
        assertThat(driver.findElement(By.id("nearby")).getText()).doesNotContain(confidential, water);

        new Select(driver.findElement(By.id("categoryCode"))).selectByValue("AIR");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nearby li[data-ticket='" + water + "']")));
        assertThat(driver.findElement(By.id("nearby")).getText()).doesNotContain(road, confidential);

        String latitudeBefore = driver.findElement(By.id("latitude")).getAttribute("value");
        String longitudeBefore = driver.findElement(By.id("longitude")).getAttribute("value");
        driver.findElement(By.id("pick-on-map")).click();
        WebElement pin = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pin-map .pin-marker")));
        tapBesides(pin, 40, 30);

        wait.until(d -> !d.findElement(By.id("longitude")).getAttribute("value").equals(longitudeBefore));
        double latitude = Double.parseDouble(driver.findElement(By.id("latitude")).getAttribute("value"));
        double longitude = Double.parseDouble(driver.findElement(By.id("longitude")).getAttribute("value"));
        assertThat(latitude).as("the pin went down the screen, south").isLessThan(Double.parseDouble(latitudeBefore));
        assertThat(longitude).as("and right, east").isGreaterThan(Double.parseDouble(longitudeBefore));
        assertThat(driver.findElement(By.id("location-status")).getText()).startsWith("Pin ditandai di peta");

        String dragged = driver.findElement(By.id("longitude")).getAttribute("value");
        new Actions(driver).clickAndHold(pin).moveByOffset(10, 0).moveByOffset(20, 0).release().perform();
        wait.until(d -> !d.findElement(By.id("longitude")).getAttribute("value").equals(dragged));
        assertThat(Double.parseDouble(driver.findElement(By.id("longitude")).getAttribute("value")))
                .as("the dragged pin went east").isGreaterThan(Double.parseDouble(dragged));
    }

    /** Taps the map a little right of and below its pin, as a person moving the pin on a phone would. */
    private void tapBesides(WebElement pin, int dx, int dy) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", driver.findElement(By.id("pin-map")));
        new Actions(driver).moveToElement(pin, dx, dy).click().perform();
    }

    private long top(String id) {
        return ((Number) driver.executeScript("return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top);", id)).longValue();
    }

    private String submit(String category, double lat, double lon, boolean confidential) {
        return intake.submit(new ReportSubmission("COMPLAINT", category, "Masalah di dekat balai kampung " + System.nanoTime(),
                AGIMUGA, KILIARMA, lat, lon, null, false, confidential, null, null, null), Channel.WEB, null, null).ticket();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
