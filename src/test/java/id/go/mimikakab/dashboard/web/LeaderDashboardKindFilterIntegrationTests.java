package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.eservice.TestDocuments;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders' filter by kind of case: with one new report and one new application at Disdukcapil, its row in the
 * league table counts two more open cases for all kinds, one more for reports only and one more for applications
 * only, on the page and in its JSON alike, and the page marks the chosen filter; the command centre's wall counts
 * one kind the same way.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LeaderDashboardKindFilterIntegrationTests {

    private static final String AGENCY = "DISDUKCAPIL";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeagueTableCountsReportsAndApplicationsTogetherOrEachKindAlone() {
        long all = openAtAgency(null);
        long reports = openAtAgency("REPORT");
        long applications = openAtAgency("APPLICATION");

        reportRoutedToDisdukcapil();
        applicationToDisdukcapil();

        assertThat(openAtAgency(null)).isEqualTo(all + 2);
        assertThat(openAtAgency("REPORT")).isEqualTo(reports + 1);
        assertThat(openAtAgency("APPLICATION")).isEqualTo(applications + 1);
        assertThat(openAtAgency("tidak-ada")).isEqualTo(all + 2);
    }

    @Test
    void thePageOffersTheFilterAsPlainLinksAndMarksTheChosenOne() throws Exception {
        String page = mvc.get().uri("/pimpinan").param("jenis", "APPLICATION").header("Authorization", "Bearer demo-bupati")
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/pimpinan\"", "href=\"/pimpinan?jenis=REPORT\"", "Peringkat OPD", "Disdukcapil")
                .containsPattern("href=\"/pimpinan\\?jenis=APPLICATION\"\\s+aria-current=\"page\"\\s*>Permohonan layanan</a>");
        assertThat(mvc.get().uri("/pimpinan").header("Authorization", "Bearer demo-bupati")).hasStatusOk().bodyText()
                .containsPattern("href=\"/pimpinan\"\\s+aria-current=\"page\"\\s*>Semua</a>");
        assertThat(mvc.get().uri("/pimpinan").param("jenis", "REPORT").header("Authorization", "Bearer demo-pupr.kepala"))
                .hasStatus(403);
    }

    @Test
    void theCommandCentresWallCountsOneKindWhenAskedAndKeepsTheChoiceInItsFilterForm() throws Exception {
        long applications = wallOpenTotal("APPLICATION");
        long reports = wallOpenTotal("REPORT");

        applicationToDisdukcapil();

        assertThat(wallOpenTotal("APPLICATION")).isEqualTo(applications + 1);
        assertThat(wallOpenTotal("REPORT")).isEqualTo(reports);
        assertThat(mvc.get().uri("/mcc").param("jenis", "REPORT").header("Authorization", "Bearer demo-mcc")).hasStatusOk().bodyText()
                .contains("data-kind=\"REPORT\"", "name=\"jenis\" value=\"REPORT\"")
                .containsPattern("aria-current=\"page\"\\s*>Laporan</a>");
    }

    /** The regency's open cases of one kind as the wall's totals show them. */
    private long wallOpenTotal(String kind) throws Exception {
        String page = mvc.get().uri("/mcc").param("jenis", kind).header("Authorization", "Bearer demo-mcc").exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher open = Pattern.compile("data-total=\"open\">([0-9.,]+)<").matcher(page);
        assertThat(open.find()).as("the wall's open total").isTrue();
        return Long.parseLong(open.group(1).replaceAll("[^0-9]", ""));
    }

    /** The open cases (red, yellow and green) in Disdukcapil's row of the league table, as the leaders' JSON gives it. */
    private long openAtAgency(String kind) {
        var request = mvc.get().uri("/api/v1/dashboard").header("Authorization", "Bearer demo-bupati");
        if (kind != null) {
            request = request.param("jenis", kind);
        }
        MvcTestResult answer = request.exchange();
        assertThat(answer).hasStatusOk();
        for (JsonNode agency : JSON.readTree(answer.getResponse().getContentAsByteArray()).get("agencies")) {
            if (agency.get("agencyCode").asText().equals(AGENCY)) {
                return agency.get("red").asLong() + agency.get("yellow").asLong() + agency.get("green").asLong();
            }
        }
        throw new AssertionError("No row for " + AGENCY);
    }

    private void reportRoutedToDisdukcapil() {
        Receipt r = intake.submit(new ReportSubmission("COMPLAINT", "ADMINDUK", "KTP-el belum jadi setelah tiga bulan " + System.nanoTime(),
                "94.04.01", "94.04.01.1008", null, null, null, false, false, null, null, null), Channel.API, null, null);
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(r.ticket()), new AgencyCode(AGENCY));
    }

    private void applicationToDisdukcapil() {
        String email = "yohana." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(mvc.post().uri("/warga/daftar").with(csrf()).param("displayName", "Yohana Beanal")
                .param("login", email).param("password", "sandi-yohana")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/warga/verifikasi").with(csrf()).param("login", email).param("code", codeSentTo(email)))
                .hasStatus3xxRedirection();
        MvcTestResult signIn = mvc.post().uri("/warga/masuk").with(csrf()).param("login", email).param("password", "sandi-yohana")
                .exchange();
        Cookie session = signIn.getMvcResult().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(mvc.post().uri("/warga/layanan/SURAT_PINDAH/ajukan").multipart()
                .file(new MockMultipartFile("KK", "kk-yohana.pdf", "application/pdf", TestDocuments.pdf()))
                .param("NIK", "9404015507900003").param("NOMOR_KK", "9404010101230002").param("ALAMAT_TUJUAN", "Jl. Biak 7, Jayapura")
                .param("JUMLAH_PINDAH", "1").param("TELEPON", "081234567891").with(csrf()).cookie(session))
                .hasStatus3xxRedirection().redirectedUrl().startsWith("/warga/permohonan/PM-");
    }

    private String codeSentTo(String recipient) {
        String body = jdbc.sql("select body from notification_outbox where recipient = :to order by id desc")
                .param("to", recipient).query(String.class).list().get(0);
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
