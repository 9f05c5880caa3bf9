package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import jakarta.servlet.http.Cookie;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.audit.AuditEntry;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.SlaPolicies;
import id.go.mimikakab.report.SlaPolicy;
import id.go.mimikakab.report.StaffReport;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.report.web.StaffIntakeController.RecordedReceipt;
import id.go.mimikakab.testing.MutableClock;
import id.go.mimikakab.upload.TestPhotos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class StaffScreensIntegrationTests {

    static final String KWAMKI = "94.04.01.1002";
    static final String MIMIKA_BARU = "94.04.01";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportViews views;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    SlaPolicies policies;

    @Autowired
    AuditTrail audit;

    @Autowired
    HolidayCalendar calendar;

    @Autowired
    MutableClock clock;

    @Test
    void theCommandCentreRoutesFromTheQueueAndTheReportLeavesTheQueueForTheAgencyInbox() {
        // Routed on a Tuesday morning: the countdown counts the rest of today and the five working days after it.
        clock.set("2031-03-04T10:00+09:00");
        String ticket = submit("JALAN", "Jalan berlubang besar di depan pasar lama");
        assertThat(mvc.get().uri("/mcc/antrian").header("Authorization", "Bearer demo-mcc")).hasStatusOk()
                .bodyText().contains(ticket).contains("Teruskan ke Dinas PUPR");

        assertThat(mvc.post().uri("/mcc/laporan/{t}/teruskan", ticket).header("Authorization", "Bearer demo-mcc")
                .param("agencyCode", "PUPR").param("dari", "antrian"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/mcc/antrian");

        assertThat(mvc.get().uri("/mcc/antrian").header("Authorization", "Bearer demo-mcc")).hasStatusOk()
                .bodyText().doesNotContain(ticket);
        assertThat(mvc.get().uri("/opd/laporan").header("Authorization", "Bearer demo-pupr.staf")).hasStatusOk()
                .bodyText().contains(ticket).contains("sisa 5 hari kerja");
    }

    @Test
    void anAgencyCannotSeeOrActOnAnotherAgencysReport() {
        String ticket = routedTo("PUPR", submit("JALAN", "Jembatan kayu di kampung hampir putus"));

        assertThat(mvc.get().uri("/opd/laporan/{t}", ticket).header("Authorization", "Bearer demo-dinkes.staf"))
                .hasStatus(403).bodyText().contains("tidak memiliki izin");
        assertThat(mvc.post().uri("/opd/laporan/{t}/tindak-lanjut", ticket).header("Authorization", "Bearer demo-dinkes.staf")
                .param("message", "Bukan urusan kami tetapi kami jawab").param("visibility", "PUBLIC"))
                .hasStatus(403);
        assertThat(mvc.post().uri("/opd/laporan/{t}/terima", ticket).header("Authorization", "Bearer demo-dinkes.kepala"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/opd/laporan").header("Authorization", "Bearer demo-dinkes.staf")).hasStatusOk()
                .bodyText().doesNotContain(ticket);
        assertThat(staffView(ticket).report().status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(staffView(ticket).timeline()).noneMatch(e -> "ACKNOWLEDGED".equals(e.action()));
    }

    @Test
    void theLeaderSeesTheQueueButCannotRouteAndTheReportStaysUnchanged() {
        String ticket = submit("JALAN", "Lampu lalu lintas di simpang mati total");
        assertThat(mvc.get().uri("/mcc/antrian").header("Authorization", "Bearer demo-bupati")).hasStatusOk()
                .bodyText().contains(ticket).contains("hanya untuk melihat").doesNotContain("Teruskan ke");
        assertThat(mvc.get().uri("/mcc/laporan/{t}", ticket).header("Authorization", "Bearer demo-bupati")).hasStatusOk()
                .bodyText().contains(ticket).doesNotContain("Tolak laporan");

        assertThat(mvc.post().uri("/mcc/laporan/{t}/teruskan", ticket).header("Authorization", "Bearer demo-bupati")
                .param("agencyCode", "PUPR")).hasStatus(403);
        assertThat(mvc.post().uri("/mcc/laporan/{t}/tolak", ticket).header("Authorization", "Bearer demo-bupati")
                .param("reason", "SPAM").param("note", "Bukan laporan")).hasStatus(403);
        StaffReport after = staffView(ticket);
        assertThat(after.report().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(after.timeline()).hasSize(1);
    }

    @Test
    void aFollowUpPostedFromTheInboxMakesTheReportFollowedUp() {
        String ticket = routedTo("PUPR", submit("JALAN", "Saluran air di pinggir jalan tersumbat sampah"));
        assertThat(mvc.get().uri("/opd/laporan/{t}?templat=1", ticket).header("Authorization", "Bearer demo-pupr.staf"))
                .hasStatusOk().bodyText().contains("tim akan meninjau lokasi pada …");

        assertThat(mvc.post().uri("/opd/laporan/{t}/tindak-lanjut", ticket).header("Authorization", "Bearer demo-pupr.staf")
                .param("message", "Tim akan meninjau lokasi pada Senin pagi.").param("visibility", "PUBLIC"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/opd/laporan/" + ticket);

        StaffReport after = staffView(ticket);
        assertThat(after.report().status()).isEqualTo(ReportStatus.FOLLOWED_UP);
        assertThat(after.report().timeline()).anyMatch(s -> "Tim akan meninjau lokasi pada Senin pagi.".equals(s.publicNote()));
    }

    @Test
    void anUnfinishedTemplateIsRefusedWithAMessageNextToTheField() {
        String ticket = routedTo("PUPR", submit("JALAN", "Aspal jalan mengelupas sepanjang seratus meter"));
        assertThat(mvc.post().uri("/opd/laporan/{t}/tindak-lanjut", ticket).header("Authorization", "Bearer demo-pupr.kepala")
                .param("message", "Laporan sudah kami terima dan tim akan meninjau lokasi pada …").param("visibility", "PUBLIC"))
                .hasStatusOk().bodyText().contains("Lengkapi bagian bertanda");
        assertThat(staffView(ticket).report().status()).isEqualTo(ReportStatus.ROUTED);
    }

    @Test
    void aCompletionSentBackForItsNoteSaysTheChosenPhotoMustBeAttachedAgain() {
        String ticket = routedTo("PUPR", submit("JALAN", "Talud longsor di samping jembatan"));
        String pupr = "Bearer demo-pupr.kepala";

        assertThat(mvc.post().uri("/opd/laporan/{t}/selesai", ticket).header("Authorization", pupr).multipart()
                .file(new MockMultipartFile("photos", "sesudah.jpg", "image/jpeg", TestPhotos.jpeg(40, 30)))
                .param("evidence", "")).hasStatusOk().bodyText()
                .contains("Foto yang Anda pilih belum tersimpan");
        assertThat(mvc.post().uri("/opd/laporan/{t}/selesai", ticket).header("Authorization", pupr).multipart()
                .file(new MockMultipartFile("photos", "", "application/octet-stream", new byte[0]))
                .param("evidence", "")).hasStatusOk().bodyText()
                .as("no photo chosen, nothing to attach again").doesNotContain("Foto yang Anda pilih belum tersimpan");
        assertThat(staffView(ticket).report().status()).isEqualTo(ReportStatus.ROUTED);
    }

    @Test
    void theAgencyTakesAReportFromAcknowledgementToCompletion() {
        String ticket = routedTo("PUPR", submit("JALAN", "Gorong-gorong ambruk di tikungan jalan"));
        String pupr = "Bearer demo-pupr.kepala";
        assertThat(mvc.post().uri("/opd/laporan/{t}/terima", ticket).header("Authorization", pupr)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/opd/laporan/{t}/pic", ticket).header("Authorization", pupr).param("username", "pupr.staf"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/opd/laporan/{t}/pic", ticket).header("Authorization", pupr).param("username", "dinkes.staf"))
                .hasStatusOk().bodyText().contains("Pilih petugas dari OPD Anda.");
        assertThat(mvc.post().uri("/opd/laporan/{t}/tindak-lanjut", ticket).header("Authorization", pupr)
                .param("message", "Catatan: material dipesan").param("visibility", "INTERNAL")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/opd/laporan/{t}/dikerjakan", ticket).header("Authorization", pupr)
                .param("plannedFor", "").param("note", "Perbaikan minggu ini")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/opd/laporan/{t}/selesai", ticket).header("Authorization", pupr)
                .param("evidence", "Gorong-gorong sudah diganti baru")).hasStatus3xxRedirection();

        StaffReport after = staffView(ticket);
        assertThat(after.report().status()).isEqualTo(ReportStatus.COMPLETED);
        assertThat(after.assignee()).isEqualTo("pupr.staf");
        assertThat(mvc.get().uri("/opd/laporan/{t}", ticket).header("Authorization", pupr)).hasStatusOk()
                .bodyText().contains("Catatan: material dipesan").contains("PIC ditetapkan").contains("Selesai dikerjakan");
    }

    @Test
    void aPhoneReportRecordedByStaffKeepsChannelPhoneAndGivesTheTicketAndPin() {
        MvcTestResult result = mvc.post().uri("/mcc/catat").header("Authorization", "Bearer demo-mcc")
                .param("channel", "PHONE").param("kind", "COMPLAINT").param("categoryCode", "JALAN")
                .param("description", "Penelepon melaporkan jalan amblas dekat sekolah")
                .param("villageCode", KWAMKI).param("reporterName", "Yohanes").param("reporterPhone", "081234567890")
                .param("idempotencyKey", "staff-test-phone-1").exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/mcc/catat/tanda-terima");
        RecordedReceipt receipt = (RecordedReceipt) result.getMvcResult().getFlashMap().get("receipt");
        assertThat(receipt.pin()).hasSize(6);

        assertThat(staffView(receipt.ticket()).channel()).isEqualTo(Channel.PHONE);
        assertThat(mvc.get().uri("/mcc/laporan/{t}", receipt.ticket()).header("Authorization", "Bearer demo-mcc"))
                .hasStatusOk().bodyText().contains("Telepon").contains("Yohanes");
    }

    @Test
    void aRecordedReportWithProblemsIsShownAgainWithMessagesNextToTheFields() {
        assertThat(mvc.post().uri("/mcc/catat").header("Authorization", "Bearer demo-pupr.staf")
                .param("channel", "WHATSAPP").param("kind", "COMPLAINT").param("categoryCode", "")
                .param("description", "pendek").param("reporterPhone", "12345").param("idempotencyKey", "staff-test-bad-1"))
                .hasStatusOk().bodyText()
                .contains("Pilih kategori.")
                .contains("Ceritakan masalahnya minimal 10 karakter.")
                .contains("Pilih distrik dan kampung/kelurahan")
                .contains("Nomor HP diawali +62");
    }

    @Test
    void anSlaChangeIsAuditedAndAppliesToTheNextReportsDeadline() {
        SlaPolicy before = policies.of("KERJA");
        try {
            Cookie admin = signIn("admin");
            assertThat(mvc.post().uri("/admin/sla/KERJA").cookie(admin).with(csrf())
                    .param("verificationDays", "7").param("followUpDays", "6").param("completionDays", "20"))
                    .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/sla");
            List<AuditEntry> history = audit.historyOf("category", "KERJA");
            assertThat(history).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo("SLA_POLICY_CHANGED");
                assertThat(e.actor()).isEqualTo("admin");
            });

            Receipt receipt = intake.submit(submission("KERJA", "Upah pekerja proyek belum dibayar tiga bulan"),
                    Channel.WEB, null, null);
            StaffReport report = staffView(receipt.ticket());
            assertThat(report.report().dueAt())
                    .isEqualTo(calendar.deadline(report.report().submittedAt(), WorkingDays.of(7)).toInstant());
        } finally {
            policies.change(before);
        }
    }

    @Test
    void anSlaWithImpossibleDaysIsRefusedWithMessages() {
        assertThat(mvc.post().uri("/admin/sla/KERJA").header("Authorization", "Bearer demo-admin")
                .param("verificationDays", "0").param("followUpDays", "lima").param("completionDays", "5"))
                .hasStatusOk().bodyText().contains("Isi angka 1 sampai 365.");
        assertThat(mvc.post().uri("/admin/sla/KERJA").header("Authorization", "Bearer demo-mcc")
                .param("verificationDays", "1").param("followUpDays", "1").param("completionDays", "1")).hasStatus(403);
    }

    @Test
    void aDistrictRouteIsListedAndSendsTheNextSuggestionElsewhere() {
        try {
            assertThat(mvc.post().uri("/admin/sla/rute").header("Authorization", "Bearer demo-admin")
                    .param("categoryCode", "PARIWISATA").param("districtCode", MIMIKA_BARU).param("agencyCode", "DISKOMINFO"))
                    .hasStatus3xxRedirection();
            assertThat(policies.agencyFor("PARIWISATA", MIMIKA_BARU)).isEqualTo("DISKOMINFO");
            assertThat(mvc.get().uri("/admin/sla").header("Authorization", "Bearer demo-admin")).hasStatusOk()
                    .bodyText().contains("Pariwisata dan Kebudayaan").contains("Mimika Baru");
        } finally {
            policies.routeInDistrict("PARIWISATA", MIMIKA_BARU, null);
        }
    }

    @Test
    void aRerouteRequestFromTheAgencyAppearsInTheCommandCentreQueue() {
        String ticket = routedTo("PUPR", submit("JALAN", "Pohon tumbang menutup jalan ke bandara"));
        assertThat(mvc.post().uri("/opd/laporan/{t}/minta-alih", ticket).header("Authorization", "Bearer demo-pupr.staf")
                .param("reason", "Pohon tumbang ditangani BPBD")).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/mcc/antrian").header("Authorization", "Bearer demo-mcc")).hasStatusOk()
                .bodyText().contains(ticket).contains("PUPR meminta pengalihan");
        assertThat(mvc.post().uri("/mcc/laporan/{t}/teruskan", ticket).header("Authorization", "Bearer demo-mcc")
                .param("agencyCode", "BPBD")).hasStatus3xxRedirection();
        assertThat(staffView(ticket).report().responsible().code()).isEqualTo("BPBD");
        assertThat(staffView(ticket).rerouteRequested()).isFalse();
    }

    @Test
    void theCommandCentreMergesALikelyDuplicateInOneClick() {
        String first = submit("SAMPAH", "Sampah menumpuk di TPS pasar sentral");
        String second = submit("SAMPAH", "TPS pasar sentral penuh sampah sudah seminggu");
        assertThat(mvc.get().uri("/mcc/laporan/{t}", second).header("Authorization", "Bearer demo-mcc")).hasStatusOk()
                .bodyText().contains("Gabungkan ke " + first);
        assertThat(mvc.post().uri("/mcc/laporan/{t}/gabungkan", second).header("Authorization", "Bearer demo-mcc")
                .param("duplicateOf", first)).hasStatus3xxRedirection();
        StaffReport merged = staffView(second);
        assertThat(merged.report().status()).isEqualTo(ReportStatus.REJECTED);
        assertThat(merged.report().mergedInto()).isEqualTo(first);
    }

    @Test
    void aRejectionOutsideTheRegencysAuthorityNeedsTheInstitution() {
        String ticket = submit("LAINNYA", "Kabel listrik PLN putus di depan rumah warga");
        assertThat(mvc.post().uri("/mcc/laporan/{t}/tolak", ticket).header("Authorization", "Bearer demo-mcc")
                .param("reason", "NOT_REGENCY_AUTHORITY").param("note", "Listrik diurus PLN."))
                .hasStatusOk().bodyText().contains("Sebutkan instansi yang berwenang.");
        assertThat(mvc.post().uri("/mcc/laporan/{t}/tolak", ticket).header("Authorization", "Bearer demo-mcc")
                .param("reason", "NOT_REGENCY_AUTHORITY").param("note", "Listrik diurus PLN.").param("institution", "PLN UP3 Timika"))
                .hasStatus3xxRedirection();
        assertThat(staffView(ticket).report().timeline()).last()
                .satisfies(s -> assertThat(s.publicNote()).contains("PLN UP3 Timika"));
    }

    @Test
    void theCommandCentreAsksTheReporterAndTheClockPauses() {
        String ticket = submit("JALAN", "Jalan rusak tapi lokasinya kurang jelas");
        assertThat(mvc.post().uri("/mcc/laporan/{t}/tanya", ticket).header("Authorization", "Bearer demo-mcc")
                .param("question", "Di RT berapa tepatnya?")).hasStatus3xxRedirection();
        assertThat(staffView(ticket).report().status()).isEqualTo(ReportStatus.NEEDS_INFO);
        assertThat(mvc.get().uri("/mcc/antrian").header("Authorization", "Bearer demo-mcc")).bodyText()
                .contains(ticket).contains("Perlu informasi");
    }

    @ParameterizedTest
    @CsvSource({"mcc,/mcc/antrian", "bupati,/pimpinan", "pupr.staf,/opd/laporan", "dinkes.kepala,/opd/laporan", "admin,/admin"})
    void theStaffHomeSendsEachRoleToItsScreen(String user, String screen) {
        assertThat(mvc.get().uri("/staf").header("Authorization", "Bearer demo-" + user))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo(screen);
    }

    @ParameterizedTest
    @CsvSource({"pupr.staf,/mcc/antrian", "admin,/mcc/antrian", "mcc,/opd/laporan", "bupati,/opd/laporan", "bupati,/mcc/catat",
            "admin,/mcc/catat"})
    void eachScreenRefusesTheRolesItIsNotFor(String user, String screen) {
        assertThat(mvc.get().uri(screen).header("Authorization", "Bearer demo-" + user)).hasStatus(403);
    }

    @Test
    void anUnknownTicketIsNotFound() {
        assertThat(mvc.get().uri("/mcc/laporan/ZZZZ-ZZZZ").header("Authorization", "Bearer demo-mcc")).hasStatus(404);
    }

    @Test
    void theScreensSpeakEnglishOnRequest() {
        assertThat(mvc.get().uri("/mcc/antrian?lang=en").header("Authorization", "Bearer demo-mcc")).hasStatusOk()
                .bodyText().contains("Command centre queue");
    }

    /** A browser session signed in through the login form, as an administrator at a desk would have. */
    private Cookie signIn(String username) {
        MvcTestResult login = mvc.post().uri("/login").with(csrf()).param("username", username).param("password", "demo")
                .exchange();
        assertThat(login).hasStatus3xxRedirection();
        return login.getMvcResult().getResponse().getCookie("SESSION");
    }

    private String submit(String category, String description) {
        return intake.submit(submission(category, description), Channel.WEB, null, null).ticket();
    }

    private static ReportSubmission submission(String category, String description) {
        return new ReportSubmission("COMPLAINT", category, description, MIMIKA_BARU, KWAMKI, null, null, null, false, false,
                null, null, null);
    }

    private String routedTo(String agency, String ticket) {
        workflow.route(member("mcc"), new TicketNumber(ticket), new AgencyCode(agency));
        return ticket;
    }

    private StaffReport staffView(String ticket) {
        return views.staffView(ticket, member("mcc"));
    }

    private StaffMember member(String username) {
        return accounts.findByUsername(username).orElseThrow().member();
    }
}
