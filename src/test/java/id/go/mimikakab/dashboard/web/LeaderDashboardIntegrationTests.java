package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class LeaderDashboardIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    private String routedTo(String agency, boolean confidential) {
        Receipt r = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jembatan kayu rapuh di kampung " + System.nanoTime(),
                "94.04.01", "94.04.01.1008", null, null, null, false, confidential, null, null, null), Channel.API, null, null);
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(r.ticket()), new AgencyCode(agency));
        return r.ticket();
    }

    @Test
    void theBupatiSeesTheLeagueTableAndCanDrillDownFromAgencyToReport() {
        String ticket = routedTo("PUPR", false);
        assertThat(mvc.get().uri("/pimpinan").header("Authorization", "Bearer demo-bupati")).hasStatusOk().bodyText()
                .contains("Peringkat OPD", "Dinas PUPR", "/pimpinan/opd/PUPR", "Data per");
        assertThat(mvc.get().uri("/pimpinan/opd/PUPR").header("Authorization", "Bearer demo-bupati")).hasStatusOk().bodyText()
                .contains(ticket, "/pimpinan/laporan/" + ticket);
        assertThat(mvc.get().uri("/pimpinan/laporan/" + ticket).header("Authorization", "Bearer demo-bupati")).hasStatusOk()
                .bodyText().contains(ticket, "Diteruskan ke OPD");
        assertThat(mvc.get().uri("/pimpinan/distrik/94.04.01").header("Authorization", "Bearer demo-bupati")).hasStatusOk()
                .bodyText().contains(ticket);
    }

    @Test
    void aDrillDownLongerThanTheScreenSaysSoAndOffersTheWholeListAsADownload() throws Exception {
        StaffMember mcc = accounts.findByUsername("mcc").orElseThrow().member();
        for (int i = 0; i <= LeaderDashboardController.DRILL_DOWN_LIMIT; i++) {
            Receipt r = intake.submit(new ReportSubmission("ASPIRATION", "KAMPUNG", "Usulan pembangunan balai kampung Kapiraya nomor "
                    + i, "94.04.12", "94.04.12.2001", null, null, null, false, false, null, null, null), Channel.API, null, null);
            workflow.route(mcc, new TicketNumber(r.ticket()), new AgencyCode("BAPPEDA"));
        }

        String page = mvc.get().uri("/pimpinan/opd/BAPPEDA").header("Authorization", "Bearer demo-bupati").exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hanya 200 laporan pertama", "/pimpinan/opd/BAPPEDA/ekspor.xlsx");
        assertThat(page.split("href=\"/pimpinan/laporan/", -1)).hasSize(LeaderDashboardController.DRILL_DOWN_LIMIT + 1);
        assertThat(mvc.get().uri("/pimpinan/opd/DISDIK").header("Authorization", "Bearer demo-bupati")).hasStatusOk()
                .bodyText().doesNotContain("laporan pertama");
    }

    @Test
    void anAgencyHeadSeesOnlyTheirOwnAgencysDrillDown() {
        routedTo("DINKES", false);
        assertThat(mvc.get().uri("/pimpinan/opd/PUPR").header("Authorization", "Bearer demo-pupr.kepala")).hasStatusOk()
                .bodyText().contains("Beban kerja");
        assertThat(mvc.get().uri("/pimpinan/opd/DINKES").header("Authorization", "Bearer demo-pupr.kepala")).hasStatus(403);
        assertThat(mvc.get().uri("/pimpinan").header("Authorization", "Bearer demo-pupr.kepala")).hasStatus(403);
        assertThat(mvc.get().uri("/pimpinan/distrik/94.04.01").header("Authorization", "Bearer demo-pupr.kepala")).hasStatus(403);
        assertThat(mvc.get().uri("/pimpinan/opd/PUPR").header("Authorization", "Bearer demo-pupr.staf")).hasStatus(403);
    }

    @Test
    void theDashboardDataAnswersAsJsonForLeadersOnly() {
        assertThat(mvc.get().uri("/api/v1/dashboard").header("Authorization", "Bearer demo-bupati").accept(MediaType.APPLICATION_JSON))
                .hasStatusOk().bodyJson().extractingPath("$.agencies").asArray().isNotEmpty();
        assertThat(mvc.get().uri("/api/v1/dashboard").header("Authorization", "Bearer demo-dinkes.staf")).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/dashboard")).hasStatus(401);
    }

    @Test
    void thePublicStatisticsShowAggregatesButNeverAConfidentialReport() {
        String secret = routedTo("PUPR", true);
        assertThat(mvc.get().uri("/statistik")).hasStatusOk().bodyText()
                .contains("Statistik tindak lanjut laporan", "Dinas PUPR", "Mimika Baru").doesNotContain(secret);
        assertThat(mvc.get().uri("/api/v1/stats/trend?weeks=0")).hasStatus(400).bodyText().contains("\"parameter\":\"weeks\"");
        assertThat(mvc.get().uri("/api/v1/stats/districts")).hasStatusOk().bodyText().contains("94.04.01");
    }

    @Test
    void theDashboardIsInstallableOnAPhone() {
        assertThat(mvc.get().uri("/manifest.webmanifest")).hasStatusOk().bodyText().contains("\"start_url\": \"/pimpinan\"");
        assertThat(mvc.get().uri("/pimpinan-sw.js")).hasStatusOk().bodyText().contains("caches.match");
    }
}
