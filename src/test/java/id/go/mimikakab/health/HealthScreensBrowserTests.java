package id.go.mimikakab.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;

import id.go.mimikakab.system.Nik;
import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a citizen books on a 360 px phone and sees the queue number; the counter staff of the unit
 * check a patient in and call the next one on a 360 px phone; the waiting-room display at 1920 px shows the number
 * called in large type and follows the next call by itself.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthScreensBrowserTests {

    private static final String UNIT = "PKM-TIMIKA";

    @LocalServerPort
    int port;

    @Autowired
    HealthUnits units;

    @Autowired
    Bookings bookings;

    @Autowired
    UnitQueue queue;

    private HeadlessChromium browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private final Random random = new Random();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void start(int width, int height) {
        browser = HeadlessChromium.start(width, height);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private Polyclinic generalClinic() {
        return units.polyclinics(UNIT).stream().filter(p -> p.code().equals("UMUM")).findFirst().orElseThrow();
    }

    /** A booking for today, made as demo data is (the public form only books from tomorrow). */
    private Booking bookedToday() {
        Polyclinic umum = generalClinic();
        String nik = String.format("940401150390%04d", random.nextInt(10000));
        return bookings.bookForDemo(new Bookings.Checked(units.require(UNIT), umum, units.plans(umum.id()).get(0), bookings.today(),
                "Pasien Uji", "+6281234500000", null, new Nik(nik), null), BookingCode.random());
    }

    private boolean fitsWidth() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.FALSE.equals(overflow);
    }

    @Test
    void aCitizenBooksOnAPhoneAndGetsAQueueNumber() {
        start(360, 740);
        open("/sehat");
        driver.findElement(By.linkText("Puskesmas Timika")).click();
        driver.findElement(By.partialLinkText("Pagi")).click();
        assertThat(fitsWidth()).as("the booking form fits 360 px").isTrue();
        driver.findElement(By.cssSelector("input[name=day]:not([disabled])")).click();
        driver.findElement(By.id("name")).sendKeys("Yakoba Tsolme");
        driver.findElement(By.id("nik")).sendKeys("940401" + (10 + random.nextInt(18)) + "0590" + String.format("%04d", random.nextInt(10000)));
        driver.findElement(By.id("phone")).sendKeys("0812 7777 1234");
        driver.findElement(By.cssSelector("#booking-form button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booking-code")));
        assertThat(driver.findElement(By.cssSelector(".alert.ok")).getText()).contains("Pendaftaran berhasil");
        assertThat(driver.findElement(By.id("queue-number")).getText()).matches("\\d+");
        assertThat(driver.findElement(By.id("booking-status")).getText()).isEqualTo("Terdaftar, belum hadir");
        assertThat(fitsWidth()).isTrue();
    }

    @Test
    void theCounterChecksInAndCallsTheNextPatientOnAPhone() {
        Booking mine = bookedToday();
        start(360, 740);
        open("/login");
        driver.findElement(By.id("username")).sendKeys(HealthDemoData.DEMO_COUNTER);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("main form[action$='/login'] button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        open("/staf");
        wait.until(ExpectedConditions.urlContains("/loket/" + UNIT));
        assertThat(fitsWidth()).as("the counter fits 360 px").isTrue();

        driver.findElement(By.id("booking")).sendKeys(mine.code());
        driver.findElement(By.cssSelector("#check-in button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counter-done"),
                "Nomor " + mine.queueNumber() + " sudah hadir."));

        By callNext = By.cssSelector("#counter-poly-" + generalClinic().id() + " .call-next");
        driver.findElement(callNext).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counter-done"), "dipanggil"));
        String called = driver.findElement(By.cssSelector("#counter-poly-" + generalClinic().id() + " .called-number")).getText();
        assertThat(driver.findElement(By.id("counter-done")).getText()).isEqualTo("Nomor " + called + " dipanggil.");
        assertThat(fitsWidth()).isTrue();
    }

    @Test
    void theWaitingRoomDisplayShowsTheCalledNumberLargeAndFollowsTheNextCall() {
        Booking mine = bookedToday();
        queue.checkIn(UNIT, mine.code());
        Booking first = queue.callNext(UNIT, generalClinic().id()).orElseThrow();
        start(1920, 1080);
        open("/sehat/unit/" + UNIT + "/layar");
        By number = By.cssSelector("#poly-" + generalClinic().id() + " .board-number");
        wait.until(ExpectedConditions.textToBe(number, Integer.toString(first.queueNumber())));
        WebElement big = driver.findElement(number);
        assertThat(Double.parseDouble(big.getCssValue("font-size").replace("px", ""))).as("readable across the room").isGreaterThan(100);
        assertThat(fitsWidth()).isTrue();

        Booking again = bookedToday();
        queue.checkIn(UNIT, again.code());
        Booking next = queue.callNext(UNIT, generalClinic().id()).orElseThrow();
        new WebDriverWait(driver, Duration.ofSeconds(12)).until(ExpectedConditions.textToBe(number, Integer.toString(next.queueNumber())));
        assertThat(driver.getCurrentUrl()).endsWith("/layar");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
