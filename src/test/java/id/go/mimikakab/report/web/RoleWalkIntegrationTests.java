package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What the walk through every role's path found on the server side (issue #14), checked page by page. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class RoleWalkIntegrationTests {

    static final String KWAMKI = "94.04.01.1002";
    static final String MIMIKA_BARU = "94.04.01";
    static final String UNCONFIRMED = "belum dimasukkan ke kalender";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    ReportViews views;

    @Test
    void yearsAreWrittenWithoutAThousandsSeparator() {
        assertThat(mvc.get().uri("/admin/kalender?tahun=2027").header("Authorization", "Bearer demo-admin")).hasStatusOk()
                .bodyText().contains("Kalender hari libur 2027", "untuk tahun 2027").doesNotContain("2.027", "2.026");
    }

    @Test
    void everyPageWithADeadlineInAYearWithoutHolidaysSaysTheDeadlineMayMove() {
        // 23 December 2026 + 5 working days of the agency = early January 2027, a year without holidays in the calendar.
        clock.set("2026-12-23T10:00+09:00");
        String ticket = submit("Jalan berlubang di depan kantor distrik sejak minggu lalu");
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));

        assertThat(mvc.get().uri("/laporan/{t}", ticket)).hasStatusOk().bodyText().contains(UNCONFIRMED, "2027");
        assertThat(mvc.get().uri("/opd/laporan/{t}", ticket).header("Authorization", "Bearer demo-pupr.staf")).hasStatusOk()
                .bodyText().contains(UNCONFIRMED);
        assertThat(mvc.get().uri("/mcc/laporan/{t}", ticket).header("Authorization", "Bearer demo-mcc")).hasStatusOk()
                .bodyText().contains(UNCONFIRMED);
        assertThat(mvc.get().uri("/pimpinan/laporan/{t}", ticket).header("Authorization", "Bearer demo-bupati")).hasStatusOk()
                .bodyText().contains(UNCONFIRMED);

        clock.set("2026-11-02T10:00+09:00");
        String early = submit("Jalan berlubang di depan pasar lama sejak minggu lalu");
        assertThat(mvc.get().uri("/laporan/{t}", early)).hasStatusOk().bodyText().doesNotContain(UNCONFIRMED);
    }

    @Test
    void deadlinesCountTheWayTheRuleIsWritten() {
        // A Tuesday morning: three working days for the command centre read "sisa 3", five for the agency "sisa 5".
        clock.set("2031-03-04T10:00+09:00");
        String ticket = submit("Saluran air tersumbat di depan sekolah dasar");
        assertThat(mvc.get().uri("/laporan/{t}", ticket)).hasStatusOk().bodyText().contains("sisa 3 hari kerja");
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));
        assertThat(mvc.get().uri("/opd/laporan/{t}", ticket).header("Authorization", "Bearer demo-pupr.staf")).hasStatusOk()
                .bodyText().contains("sisa 5 hari kerja").doesNotContain("sisa 6 hari kerja");
    }

    @Test
    void anAgencyNoteHasNoPreselectedAudienceAndIsRefusedUntilOneIsChosen() {
        clock.set("2031-03-04T10:00+09:00");
        String ticket = submit("Lampu jalan mati di simpang tiga dekat gereja");
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));
        assertThat(mvc.get().uri("/opd/laporan/{t}", ticket).header("Authorization", "Bearer demo-pupr.staf")).hasStatusOk()
                .bodyText().doesNotContainPattern("name=\"visibility\"[^>]*checked");

        assertThat(mvc.post().uri("/opd/laporan/{t}/tindak-lanjut", ticket).header("Authorization", "Bearer demo-pupr.staf")
                .param("message", "Petugas sudah dijadwalkan memeriksa lampu besok pagi.")).hasStatusOk()
                .bodyText().contains("Pilih siapa yang membaca catatan ini", "Petugas sudah dijadwalkan memeriksa lampu besok pagi.");
        assertThat(mvc.get().uri("/laporan/{t}", ticket)).bodyText().doesNotContain("Petugas sudah dijadwalkan");
    }

    @Test
    void theLeadersFirstScreenListsTheRedAgenciesWithTheDateAndTheDrillDownUsesNames() {
        clock.set("2031-03-04T10:00+09:00");
        String ticket = submit("Jalan amblas di depan puskesmas, belum ada tindak lanjut");
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));
        clock.set("2031-03-20T10:00+09:00");

        assertThat(mvc.get().uri("/pimpinan").header("Authorization", "Bearer demo-bupati")).hasStatusOk().bodyText()
                .contains("OPD dengan laporan merah", "Merah sejak", "2031")
                .containsPattern("(?s)class=\"red-agencies\".*Dinas PUPR</a></th>");
        assertThat(mvc.get().uri("/pimpinan/opd/PUPR").header("Authorization", "Bearer demo-bupati")).hasStatusOk().bodyText()
                .contains("urutan 1 = paling banyak laporan merah", "Jalan dan Jembatan · ")
                .doesNotContain("JALAN · PUPR");
    }

    @Test
    void theQueueAndTheInboxFindAReportByItsWordsAndLight() {
        clock.set("2031-03-04T10:00+09:00");
        String culvert = submit("Gorong-gorong tersumbat sampah di ujung lorong");
        String bridge = submit("Jembatan gantung bergoyang saat dilalui motor");
        assertThat(mvc.get().uri("/mcc/antrian?q=gorong sampah").header("Authorization", "Bearer demo-mcc")).hasStatusOk()
                .bodyText().contains(culvert, "Hapus pencarian").doesNotContain(bridge);
        assertThat(mvc.get().uri("/mcc/antrian?q=" + bridge.replace("-", "").toLowerCase()).header("Authorization", "Bearer demo-mcc"))
                .bodyText().contains(bridge).doesNotContain(culvert);

        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(culvert), new AgencyCode("PUPR"));
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(bridge), new AgencyCode("PUPR"));
        Light light = views.staffView(bridge, accounts.findByUsername("pupr.staf").orElseThrow().member()).report().light();
        Light other = light == Light.RED ? Light.GREEN : Light.RED;
        assertThat(mvc.get().uri("/opd/laporan?q=jembatan gantung&lampu=" + light).header("Authorization", "Bearer demo-pupr.staf"))
                .hasStatusOk().bodyText().contains(bridge).doesNotContain(culvert);
        assertThat(mvc.get().uri("/opd/laporan?q=jembatan gantung&lampu=" + other).header("Authorization", "Bearer demo-pupr.staf"))
                .hasStatusOk().bodyText().doesNotContain(bridge);
    }

    private String submit(String description) {
        return intake.submit(new ReportSubmission("COMPLAINT", "JALAN", description + " " + System.nanoTime(), MIMIKA_BARU,
                KWAMKI, null, null, null, false, false, null, null, null), Channel.WEB, null, null).ticket();
    }
}
