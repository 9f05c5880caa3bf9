package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The wall on a 1920 × 1080 screen: the page does not scroll, the map and the district panel are in view, no
 * district's name lies under a marker (reports placed only by district sit on its centre), and the open total is
 * the sum of its lights and the number the queue counts.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WallOnOneScreenBrowserTests {

    private static final Pattern QUEUE_TOTAL = Pattern.compile("dari ([0-9.]+)");

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    private HeadlessChromium browser;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.withViewport(1920, 1080);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theWallFitsOneScreenWithItsLabelsUncoveredAndOneOpenCount() {
        // Reports placed only by district and village are drawn at the district's centre, where its name was.
        submit("JALAN", "94.04.01", "94.04.01.1002", "Jalan berlubang di depan pasar lama");
        submit("SAMPAH", "94.04.01", "94.04.01.1002", "Sampah menumpuk di dekat terminal");
        submit("PJU", "94.04.10", "94.04.10.2002", "Lampu jalan padam di tikungan Waa");
        submit("AIR", "94.04.03", "94.04.03.2002", "Pipa air bersih bocor di depan sekolah");

        signInAs("mcc");
        open("/mcc");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wall-map .wall-pin")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wall-map .wall-district-label")));

        JavascriptExecutor js = (JavascriptExecutor) driver;
        long scrollHeight = number(js.executeScript("return document.documentElement.scrollHeight;"));
        long viewportHeight = number(js.executeScript("return window.innerHeight;"));
        assertThat(viewportHeight).isEqualTo(1080);
        assertThat(scrollHeight).as("the page's height").isLessThanOrEqualTo(viewportHeight);
        assertThat(inViewport("wall-map")).as("the map is in view: %s", box("wall-map")).isTrue();
        assertThat(inViewport("wall-heat")).as("the district panel is in view: %s", box("wall-heat")).isTrue();
        assertThat(number(js.executeScript("return document.getElementById('wall-map').getBoundingClientRect().height;")))
                .as("the map's height").isGreaterThan(500);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> covered = (List<Map<String, Object>>) js.executeScript("""
                var pins = Array.prototype.map.call(document.querySelectorAll('#wall-map .wall-pin'), function (p) {
                  return p.getBoundingClientRect();
                });
                var covered = [];
                document.querySelectorAll('#wall-map .wall-district-label').forEach(function (label) {
                  if (getComputedStyle(label).visibility === 'hidden') { return; }
                  var a = label.getBoundingClientRect();
                  pins.forEach(function (b) {
                    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                      covered.push({ label: label.textContent });
                    }
                  });
                });
                return covered;""");
        assertThat(covered).as("district names under a marker").isEmpty();
        long shownLabels = number(js.executeScript("""
                return Array.prototype.filter.call(document.querySelectorAll('#wall-map .wall-district-label'), function (l) {
                  return getComputedStyle(l).visibility !== 'hidden';
                }).length;"""));
        assertThat(shownLabels).as("district names shown on the map").isGreaterThanOrEqualTo(15);

        long red = total("red");
        long yellow = total("yellow");
        long green = total("green");
        long open = total("open");
        assertThat(open).as("open = red + yellow + green").isEqualTo(red + yellow + green).isGreaterThanOrEqualTo(4);
        Matcher queue = QUEUE_TOTAL.matcher(driver.findElement(By.id("wall-count")).getText());
        assertThat(queue.find()).isTrue();
        assertThat(Long.parseLong(queue.group(1).replace(".", ""))).as("the queue's count of open reports").isEqualTo(open);
    }

    private boolean inViewport(String id) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                var r = document.getElementById(arguments[0]).getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;""", id);
    }

    private Object box(String id) {
        return ((JavascriptExecutor) driver).executeScript("""
                var r = document.getElementById(arguments[0]).getBoundingClientRect();
                return [r.left, r.top, r.right, r.bottom].map(Math.round).join(', ');""", id);
    }

    private long total(String light) {
        return Long.parseLong(driver.findElement(By.cssSelector("[data-total=" + light + "]")).getText().replace(".", ""));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private void submit(String category, String district, String village, String description) {
        intake.submit(new ReportSubmission("COMPLAINT", category, description + " " + System.nanoTime(), district, village,
                null, null, null, false, false, null, null, null), Channel.WEB, null, null);
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
