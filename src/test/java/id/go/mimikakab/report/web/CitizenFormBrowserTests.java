package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen on a 360 × 740 phone screen fills in the report form, gets a ticket and tracks it with the PIN. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:citizen-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class CitizenFormBrowserTests {

    static final int WIDTH = 360;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private HeadlessChromium browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start(WIDTH, 740);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCitizenSendsAReportOnAPhoneAndSeesTheTicketWithoutScrollingSideways() throws IOException {
        open("/lapor");
        assertThat(scrollWidth()).as("page width of /lapor").isLessThanOrEqualTo(WIDTH);
        screenshot("lapor.png");

        driver.findElement(By.cssSelector("label[for=kind-COMPLAINT]")).click();
        new Select(driver.findElement(By.id("categoryCode"))).selectByValue("JALAN");
        assertThat(driver.findElement(By.id("category-examples")).getText()).contains("jalan rusak");
        String text = "Jalan di depan SD Inpres berlubang besar, motor sering jatuh saat hujan.";
        driver.findElement(By.id("description")).sendKeys(text);
        assertThat(driver.findElement(By.id("description-count")).getText()).isEqualTo(text.length() + " dari 4.000 karakter");

        WebElement villages = driver.findElement(By.id("villageCode"));
        new Select(driver.findElement(By.id("districtCode"))).selectByValue("94.04.01");
        // htmx replaces the grouped list of all villages with the chosen district's villages only.
        wait.until(d -> d.findElements(By.cssSelector("#villageCode optgroup")).isEmpty());
        new Select(villages).selectByValue("94.04.01.1002");
        driver.findElement(By.id("reporterPhone")).sendKeys("0812 3456 7890");
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();

        String ticket = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket"))).getText();
        assertThat(ticket).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        String pin = driver.findElement(By.id("pin")).getText();
        assertThat(pin).matches("[0-9]{6}");
        assertThat(driver.getCurrentUrl()).endsWith("/lapor/terkirim/" + ticket).doesNotContain(pin);
        assertThat(scrollWidth()).as("page width of the receipt").isLessThanOrEqualTo(WIDTH);

        driver.findElement(By.linkText("Lacak laporan ini")).click();
        WebElement ticketField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tiket")));
        assertThat(ticketField.getAttribute("value")).isEqualTo(ticket);
        driver.findElement(By.id("pin")).sendKeys(pin);
        driver.findElement(By.cssSelector("#track-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/lacak/" + ticket));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Diterima", "Kuning", "sisa");
        assertThat(scrollWidth()).as("page width of the tracking page").isLessThanOrEqualTo(WIDTH);
        screenshot("lacak.png");
    }

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
    }

    /** Keeps a picture of the page under target/screenshots for people to look at; no assertion depends on it. */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
