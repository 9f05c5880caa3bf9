package id.go.mimikakab.eservice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import id.go.mimikakab.citizen.CitizenAccounts;
import id.go.mimikakab.eservice.TestDocuments;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a 360 × 740 phone screen: a citizen signs in, finds a Disdukcapil service in the catalogue, applies with a PDF
 * of the family card and lands on the application's page with its number and status; axe-core finds no serious or
 * critical violation on the catalogue, the form and the application page.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:citizen-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class ApplyingFromAPhoneBrowserTests {

    private static final List<String> BLOCKING = List.of("serious", "critical");
    private static final String PASSWORD = "sandi-marthen-1";

    @LocalServerPort
    int port;
    @Autowired
    CitizenAccounts citizens;
    @Autowired
    JdbcClient jdbc;

    private HeadlessChromium browser;
    private WebDriver driver;
    private Path scan;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.start(360, 740);
        driver = browser.driver();
        scan = Files.createTempFile("kk-marthen-", ".pdf");
        Files.write(scan, TestDocuments.pdf());
    }

    /** Waits for the navigation a click started, as a form post or a link may still be loading when click() returns. */
    private void arriveAt(String urlPattern) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(urlPattern));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
        Files.deleteIfExists(scan);
    }

    @Test
    void aCitizenAppliesForAMovingCertificateWithTheFamilyCardFromAPhone() {
        String email = verifiedCitizen("Marthen Magal");
        driver.get(url("/warga/masuk"));
        driver.findElement(By.id("login")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        arriveAt("/warga/akun$");
        assertThat(driver.getCurrentUrl()).endsWith("/warga/akun");

        driver.get(url("/layanan"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Dinas Kependudukan dan Pencatatan Sipil");
        assertAccessible("/layanan");
        driver.findElement(By.linkText("Surat Keterangan Pindah")).click();
        driver.findElement(By.linkText("Ajukan permohonan")).click();
        arriveAt("/warga/layanan/SURAT_PINDAH/ajukan$");
        assertThat(driver.getCurrentUrl()).endsWith("/warga/layanan/SURAT_PINDAH/ajukan");
        assertAccessible("the form of SURAT_PINDAH");

        driver.findElement(By.id("NIK")).sendKeys("9404011203850002");
        driver.findElement(By.id("NOMOR_KK")).sendKeys("9404010101230001");
        driver.findElement(By.id("ALAMAT_TUJUAN")).sendKeys("Jl. Sentani 5, Jayapura");
        driver.findElement(By.id("JUMLAH_PINDAH")).sendKeys("3");
        driver.findElement(By.id("TELEPON")).sendKeys("081234567890");
        driver.findElement(By.id("KK")).sendKeys(scan.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();

        arriveAt("/warga/permohonan/PM-");
        assertThat(driver.getCurrentUrl()).contains("/warga/permohonan/PM-");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Permohonan PM-");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Permohonan Anda sudah terkirim", "Surat Keterangan Pindah", "Diajukan", "Kartu Keluarga");
        assertAccessible("the application page");
    }

    /** A citizen account verified with the code sent to it, as the citizen would do after registering. */
    private String verifiedCitizen(String name) {
        String email = "marthen." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        citizens.register(email, name, PASSWORD);
        String body = jdbc.sql("select body from notification_outbox where recipient = :to order by id desc")
                .param("to", email).query(String.class).list().get(0);
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
        assertThat(code.find()).isTrue();
        citizens.verify(email, code.group(1));
        return email;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void assertAccessible(String what) {
        List<Rule> blocking = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking).as(() -> "axe-core on " + what + ":\n" + describe(blocking)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }
}
