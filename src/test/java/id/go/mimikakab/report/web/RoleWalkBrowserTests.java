package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.selenium.AxeBuilder;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.PhotoUpload;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.testing.BrowserTest;
import id.go.mimikakab.testing.HeadlessChromium;
import id.go.mimikakab.upload.TestPhotos;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The walk through every role's path on a 360 × 740 phone (issue #14): what the operator, the agency, the Bupati
 * and the public see of one report.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:role-walk-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class RoleWalkBrowserTests {

    static final int WIDTH = 360;

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

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
    void staffSeeTheCitizensPhotoAndTheAgencysAfterPhotoReachesTheReporterAndThePublic() throws IOException {
        Receipt r = submitted(false, TestPhotos.jpeg(800, 600));
        route(r);

        signIn("mcc");
        open("/mcc/laporan/" + r.ticket());
        assertPhotoShownAndOpensFullSize("Foto dari pelapor", 800);

        signIn("pupr.staf");
        open("/opd/laporan/" + r.ticket());
        assertPhotoShownAndOpensFullSize("Foto dari pelapor", 800);
        Path after = Files.createTempFile("sesudah-", ".jpg");
        Files.write(after, TestPhotos.jpeg(640, 480));
        driver.findElement(By.cssSelector("#selesai textarea[name=evidence]")).sendKeys("Lubang sudah ditambal dan diaspal.");
        driver.findElement(By.id("completion-photos")).sendKeys(after.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#selesai button[type=submit]")).click();
        // the report's page is read only once the browser has left the form's page (the old one may go stale mid-read)
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("Lubang sudah ditambal"));
        assertThat(photoAlts()).contains("Foto dari pelapor", "Foto hasil pekerjaan");

        signIn("bupati");
        open("/pimpinan/laporan/" + r.ticket());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Lokasi", "Mimika Baru");
        assertPhotoShownAndOpensFullSize("Foto hasil pekerjaan", 640);

        driver.manage().deleteAllCookies();
        open("/laporan/" + r.ticket());
        assertThat(photoAlts()).contains("Foto dari pelapor", "Foto hasil pekerjaan");
        open("/lacak");
        driver.findElement(By.id("tiket")).sendKeys(r.ticket());
        driver.findElement(By.id("pin")).sendKeys(r.pin());
        driver.findElement(By.cssSelector("#track-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/lacak/" + r.ticket()));
        assertThat(driver.findElement(By.id("landmark")).getText()).contains("Depan pasar");
        assertPhotoShownAndOpensFullSize("Foto hasil pekerjaan", 640);
    }

    @Test
    void theBupatiSeesNoPhotoOrPlaceOfAConfidentialReportWhileTheOperatorDoes() {
        Receipt r = submitted(true, TestPhotos.jpeg(400, 300));
        route(r);

        signIn("mcc");
        open("/mcc/laporan/" + r.ticket());
        assertThat(photoAlts()).containsExactly("Foto dari pelapor");

        signIn("bupati");
        open("/pimpinan/laporan/" + r.ticket());
        assertThat(photoAlts()).isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Lokasi", "Kwamki");
    }

    @Test
    void theBupatiLandsOnHisDashboardAndEveryRoleReachesItsScreensFromTheNavigation() {
        signIn("bupati");
        assertThat(driver.getCurrentUrl()).endsWith("/pimpinan");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dasbor pimpinan");
        assertThat(navigation()).containsExactly("Dasbor pimpinan", "Antrian MCC", "Dinding pantau");
        assertThat(driver.findElement(By.cssSelector(".staff-nav a[aria-current=page]")).getText()).isEqualTo("Dasbor pimpinan");
        assertThat(scrollWidth()).as("page width of /pimpinan").isLessThanOrEqualTo(WIDTH);

        assertEveryLinkOpens("bupati", List.of("Dasbor pimpinan", "Antrian MCC", "Dinding pantau"));
        assertEveryLinkOpens("mcc", List.of("Dasbor pimpinan", "Antrian MCC", "Dinding pantau", "Catat laporan"));
        assertEveryLinkOpens("pupr.kepala", List.of("Kinerja OPD", "Kotak masuk OPD", "Catat laporan"));
        assertEveryLinkOpens("pupr.staf", List.of("Kotak masuk OPD", "Catat laporan"));
        assertEveryLinkOpens("admin", List.of("Dasbor pimpinan", "Dinding pantau", "Administrasi"));
    }

    @Test
    void thePublicMapShowsReportsPlacedOnlyByVillageAtTheirDistrictsCentreClustered() {
        Receipt first = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jembatan kayu di Tembagapura patah " + System.nanoTime(),
                "94.04.10", "94.04.10.2009", null, null, null, false, false, null, null, null), Channel.WEB, null, null);
        Receipt second = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan ke Tembagapura tertutup longsor " + System.nanoTime(),
                "94.04.10", "94.04.10.2009", null, null, null, false, false, null, null, null), Channel.WEB, null, null);

        open("/laporan/peta");
        WebElement cluster = wait.until(d -> d.findElements(By.cssSelector("#report-map .map-pin")).stream()
                .filter(pin -> pin.getText().matches("\\d+ laporan")).findFirst().orElse(null));
        assertThat(scrollWidth()).as("page width of the map").isLessThanOrEqualTo(WIDTH);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("pusat wilayahnya");
        // Both Tembagapura reports sit at the district's centre, so they share one cluster, which lists them.
        String listed = "";
        for (WebElement pin : driver.findElements(By.cssSelector("#report-map .map-pin"))) {
            if (!pin.getText().endsWith(" laporan")) {
                continue;
            }
            pin.click();
            listed = wait.until(d -> d.findElement(By.cssSelector(".leaflet-popup-content"))).getAttribute("textContent");
            if (listed.contains(first.ticket())) {
                break;
            }
        }
        assertThat(listed).contains(first.ticket(), second.ticket(), "Lokasi perkiraan");
        WebElement popup = driver.findElement(By.cssSelector(".leaflet-popup-content"));
        // by the DOM's text, not the rendered one: the popup scrolls, and a link below its fold has no rendered text
        WebElement link = popup.findElement(By.xpath(".//a[contains(., '" + first.ticket() + "')]"));
        // the popup lists every report at that centre (other tests add theirs) and scrolls: bring the link into view
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        // Leaflet pans the map to fit the popup after it opens; until it settles a click may land beside the link, so
        // click again until the report's page is open
        String reportPage = "/laporan/" + first.ticket();
        wait.ignoring(ElementClickInterceptedException.class).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    if (!d.getCurrentUrl().contains(reportPage)) {
                        link.click();
                    }
                    return d.getCurrentUrl().contains(reportPage);
                });
    }

    @Test
    void backAfterSendingAndSendAgainReturnsTheFirstReceiptInsteadOfASecondReport() {
        String text = "Lampu jalan di depan gereja mati sejak seminggu " + System.nanoTime();
        open("/lapor");
        fillReportForm(text);
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        String ticket = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket"))).getText();
        assertThat(driver.findElement(By.id("reported")).getText())
                .contains("Pengaduan", "Jalan dan Jembatan", "Kwamki", "Mimika Baru", text, "Tanpa foto");

        driver.navigate().back();
        // The form page is not cached, so Back loads it afresh with a new form key, as on the phone in the walk.
        driver.navigate().refresh();
        wait.until(d -> !d.findElements(By.id("description")).isEmpty());
        fillReportForm(text);
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        String again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket"))).getText();

        assertThat(again).isEqualTo(ticket);
        assertThat(driver.findElement(By.id("sent-before")).getText()).contains("tidak kami catat dua kali");
        assertThat(jdbc.sql("select count(*) from report where description = :text").param("text", text)
                .query(Long.class).single()).as("reports stored with this text").isEqualTo(1);
    }

    @Test
    void aPhotoAttachedToAFormWithAnErrorIsKeptAndSentWithTheReport() throws IOException {
        Path photo = Files.createTempFile("jalan-", ".jpg");
        Files.write(photo, TestPhotos.jpeg(800, 600));
        open("/lapor");
        fillReportForm("pendek");
        driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();

        WebElement kept = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staged-photos")));
        assertThat(kept.getText()).contains("1 foto sudah tersimpan", photo.getFileName().toString());
        assertThat(driver.findElement(By.id("error-summary")).getText()).isNotEmpty();
        String text = "Jalan berlubang di depan SD Inpres, sudah lama tidak diperbaiki " + System.nanoTime();
        driver.findElement(By.id("description")).clear();
        driver.findElement(By.id("description")).sendKeys(text);
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        String ticket = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket"))).getText();

        assertThat(jdbc.sql("select count(*) from report_photo p join report r on r.id = p.report_id where r.ticket = :t")
                .param("t", ticket).query(Long.class).single()).as("photos of the report").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from staged_photo").query(Long.class).single()).as("photos still staged").isZero();
    }

    @Test
    void aConfirmationWithoutRatingPutsTheProblemAtTheTopWithFocusAndAMistypedTicketIsExplained() {
        Receipt r = submitted(false, TestPhotos.jpeg(200, 150));
        route(r);
        workflow.complete(accounts.findByUsername("pupr.staf").orElseThrow().member(), new TicketNumber(r.ticket()), "Lubang sudah ditambal.");
        open("/lacak");
        driver.findElement(By.id("tiket")).sendKeys(r.ticket());
        driver.findElement(By.id("pin")).sendKeys(r.pin());
        driver.findElement(By.cssSelector("#track-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/lacak/" + r.ticket()));

        driver.findElement(By.cssSelector("#confirm button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("error-summary")).isEmpty());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("error-summary");
        assertThat(((Number) js.executeScript("return document.getElementById('error-summary').getBoundingClientRect().top")).doubleValue())
                .as("summary within the first screen").isBetween(0.0, 740.0);
        driver.findElement(By.cssSelector("#error-summary a")).click();
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("rating-5");

        open("/lacak/ABCD-1234");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lacak laporan");
        assertThat(driver.findElement(By.id("tiket")).getAttribute("value")).isEqualTo("ABCD-1234");
        assertThat(driver.findElement(By.id("tiket-error")).getText()).contains("tidak pernah memakai angka 0 dan 1");
    }

    @Test
    void theReportFormLoadsOnlyWhatItUsesAndTheCitizensPositionPicksTheDistrict() {
        open("/lapor");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(loaded).as("resources of /lapor").noneMatch(name -> name.contains("htmx") || name.contains("dashboard.css"));
        assertThat(driver.findElements(By.cssSelector("#villageCode optgroup"))).as("villages grouped by district").hasSizeGreaterThan(10);

        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation"),
                "origin", "http://localhost:" + port));
        browser.driver().executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", -4.15, "longitude", 137.10, "accuracy", 20));
        driver.findElement(By.id("use-location")).click();
        wait.until(d -> "94.04.10".equals(d.findElement(By.id("districtCode")).getAttribute("value")));
        assertThat(driver.findElement(By.id("location-status")).getText()).contains("Distrik Tembagapura dipilih");
        assertThat(driver.findElements(By.cssSelector("#villageCode optgroup"))).isEmpty();
        assertThat(new Select(driver.findElement(By.id("villageCode"))).getOptions()).extracting(o -> o.getAttribute("value"))
                .contains("94.04.10.2009").allMatch(code -> code.isEmpty() || code.startsWith("94.04.10."));
    }

    @Test
    void thePublicStatisticsFitAPhoneAndTheirTablesCanBeScrolledByKeyboard() {
        submitted(false, TestPhotos.jpeg(200, 150));
        open("/statistik");
        assertThat(scrollWidth()).as("page width of /statistik").isLessThanOrEqualTo(WIDTH);
        List<String> serious = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertThat(serious).as("axe-core on /statistik").isEmpty();
        assertThat(driver.findElements(By.cssSelector(".table-wrap[tabindex='0'][role=region][aria-labelledby]")))
                .as("every table's scroll box can be reached by keyboard and is named").isNotEmpty()
                .hasSameSizeAs(driver.findElements(By.cssSelector(".table-wrap")));
    }

    private void fillReportForm(String text) {
        driver.findElement(By.cssSelector("label[for=kind-COMPLAINT]")).click();
        new Select(driver.findElement(By.id("categoryCode"))).selectByValue("JALAN");
        driver.findElement(By.id("description")).clear();
        driver.findElement(By.id("description")).sendKeys(text);
        new Select(driver.findElement(By.id("districtCode"))).selectByValue("94.04.01");
        wait.until(d -> d.findElements(By.cssSelector("#villageCode optgroup")).isEmpty());
        new Select(driver.findElement(By.id("villageCode"))).selectByValue("94.04.01.1002");
    }

    private void assertEveryLinkOpens(String username, List<String> expected) {
        signIn(username);
        assertThat(navigation()).as("navigation of " + username).containsExactlyElementsOf(expected);
        List<String> targets = driver.findElements(By.cssSelector(".staff-nav a")).stream().map(a -> a.getAttribute("href")).toList();
        for (String target : targets) {
            driver.get(target);
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(username + " opens " + target).isNotEqualTo("Terjadi kesalahan");
            assertThat(driver.findElements(By.cssSelector(".staff-nav a[aria-current=page]"))).as("current screen marked on " + target).hasSize(1);
        }
    }

    private List<String> navigation() {
        return driver.findElements(By.cssSelector(".staff-nav a")).stream().map(WebElement::getText).toList();
    }

    private Receipt submitted(boolean confidential, byte[] photo) {
        return intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang di depan pasar Kwamki " + System.nanoTime(),
                        "94.04.01", "94.04.01.1002", null, null, "Depan pasar", false, confidential, "Yohanes", "081234567890", null),
                Channel.WEB, null, null, List.of(new PhotoUpload("jalan.jpg", photo)));
    }

    private void route(Receipt r) {
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(r.ticket()), new AgencyCode("PUPR"));
    }

    private void assertPhotoShownAndOpensFullSize(String alt, int fullWidth) {
        assertThat(scrollWidth()).as("page width of " + driver.getCurrentUrl()).isLessThanOrEqualTo(WIDTH);
        WebElement thumbnail = wait.until(d -> d.findElement(By.cssSelector(".photo-list img[alt='" + alt + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", thumbnail);
        wait.until(d -> naturalWidth(thumbnail) > 0);
        assertThat(naturalWidth(thumbnail)).as("thumbnail").isLessThan(fullWidth);
        thumbnail.click();
        wait.until(d -> !d.findElements(By.tagName("img")).isEmpty() && naturalWidth(d.findElement(By.tagName("img"))) > 0);
        assertThat(naturalWidth(driver.findElement(By.tagName("img")))).as("full size").isEqualTo(fullWidth);
        driver.navigate().back();
    }

    private List<String> photoAlts() {
        return driver.findElements(By.cssSelector(".photo-list img")).stream().map(i -> i.getAttribute("alt")).toList();
    }

    private long naturalWidth(WebElement image) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", image)).longValue();
    }

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
    }
}
