package id.go.mimikakab.calendar.web;

import java.time.Duration;

import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator adds a holiday in a real browser and sees the deadline calculator move past it. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:calendar-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class CalendarBrowserTests {

    @LocalServerPort
    int port;

    private HeadlessChromium browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void movesTheDeadlineOneWorkingDayLaterWhenAHolidayIsAddedInsideIt() {
        signInAs("admin", "demo");
        open("/admin/kalender?tahun=2027");

        assertThat(deadlineFrom("2027-03-01T10:00", 5)).isEqualTo("Senin, 8 Maret 2027, 23.59 WIT");

        addHoliday("2027-03-03", "REGIONAL", "Hari libur uji");
        assertThat(driver.findElement(By.id("holidays")).getText()).contains("Rabu, 3 Maret 2027", "Hari libur uji");

        assertThat(deadlineFrom("2027-03-01T10:00", 5)).isEqualTo("Selasa, 9 Maret 2027, 23.59 WIT");
    }

    private void signInAs(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form[action$='/login'] button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private String deadlineFrom(String startInWit, int workingDays) {
        WebElement calculator = driver.findElement(By.id("deadline-calculator"));
        // Chromium's datetime-local widget takes typed keys in a locale-dependent order; setting the value is reliable.
        setValue(calculator.findElement(By.id("dari")), startInWit);
        WebElement days = calculator.findElement(By.id("hari"));
        days.clear();
        days.sendKeys(Integer.toString(workingDays));
        calculator.findElement(By.cssSelector("button[type=submit]")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#deadline-result strong")))
                .getText();
    }

    private void addHoliday(String isoDate, String kind, String name) {
        WebElement form = driver.findElement(By.id("add-holiday"));
        setValue(form.findElement(By.name("date")), isoDate);
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        form.findElement(By.name("name")).sendKeys(name);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(form));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .alert.ok")));
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
