package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.report.web.CitizenReportController.ReceiptNote;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A citizen reports, tracks and responds through the server-rendered pages, without JavaScript. */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenScreensIntegrationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final StaffMember MCC = new StaffMember(9001, "mcc", "Operator MCC", Role.COMMAND_CENTER, null);
    private static final StaffMember PUPR = new StaffMember(9002, "pupr.staf", "Staf PUPR", Role.AGENCY_STAFF, "PUPR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportViews views;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormSubmitsAReportAndTheReceiptShowsTheTicket() {
        MvcTestResult sent = submit(validReport("Jalan berlubang di depan pasar lama"), UUID.randomUUID().toString(), fromNewAddress());
        assertThat(sent).hasStatus3xxRedirection();
        String ticket = ticketOf(sent);
        assertThat(sent.getMvcResult().getResponse().getRedirectedUrl()).doesNotContain("pin").endsWith("/lapor/terkirim/" + ticket);

        String pin = pinOf(sent);
        assertThat(pin).matches("[0-9]{6}");
        assertThat(mvc.get().uri("/lapor/terkirim/" + ticket).cookie(sessionOf(sent)))
                .hasStatusOk()
                .bodyText().contains(ticket, "Laporan Anda sudah kami terima", pin, "Catat PIN ini sekarang",
                        "Tenggat pertama", "hari kerja", "/lacak?tiket=" + ticket);
        assertThat(mvc.get().uri("/lapor/terkirim/" + ticket).cookie(sessionOf(sent))).hasStatusOk()
                .bodyText().contains(ticket, "hanya ditampilkan sekali").doesNotContain(pin);
    }

    @Test
    void invalidInputShowsEveryProblemInIndonesianAndKeepsTheTypedText() {
        MvcTestResult answer = mvc.post().uri("/lapor").multipart().with(csrf()).with(fromNewAddress())
                .param("formKey", UUID.randomUUID().toString())
                .param("description", "Rusak")
                .param("address", "Dekat gereja, jalan Cenderawasih")
                .param("reporterPhone", "12345")
                .param("reporterEmail", "bukan-email")
                .exchange();
        assertThat(answer).hasStatusOk().bodyText()
                .contains("Laporan belum terkirim. Periksa isian berikut:",
                        "Pilih jenis laporan: pengaduan, aspirasi, atau permintaan informasi.",
                        "Pilih kategori.",
                        "Ceritakan masalahnya minimal 10 karakter.",
                        "Pilih distrik dan kampung/kelurahan, atau tandai lokasi di peta.",
                        "Nomor HP diawali +62, 62, atau 0, lalu angka 8 dan 7–10 angka lagi.",
                        "Alamat e-mail tidak valid.",
                        ">Rusak</textarea>", "value=\"Dekat gereja, jalan Cenderawasih\"", "value=\"12345\"",
                        "value=\"bukan-email\"", "href=\"#description\"", "href=\"#reporterPhone\"");
    }

    @Test
    void theSameFormKeyTwiceMakesOneReport() {
        String description = "Lampu jalan padam di kompleks " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        RequestPostProcessor address = fromNewAddress();
        String first = ticketOf(submit(validReport(description), key, address));
        String second = ticketOf(submit(validReport(description), key, address));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from report where description = :d").param("d", description)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void trackingAConfidentialReportWithoutPinAnswersNotFoundAndWithPinShowsIt() {
        MvcTestResult sent = submit(validReport("Pungutan liar di kantor kampung").param("confidential", "true"),
                UUID.randomUUID().toString(), fromNewAddress());
        String ticket = ticketOf(sent);
        String pin = pinOf(sent);

        assertThat(mvc.get().uri("/lacak/" + ticket)).hasStatus(404).bodyText().contains("Laporan tidak ditemukan");
        assertThat(mvc.post().uri("/lacak").with(csrf()).param("tiket", ticket)).hasStatus(404);
        assertThat(mvc.post().uri("/lacak").with(csrf()).param("tiket", ticket).param("pin", "000000"))
                .hasStatus(404).bodyText().contains("Laporan tidak ditemukan");
        assertThat(mvc.get().uri("/lacak/" + ticket.toLowerCase())).hasStatus(404);

        MvcTestResult found = mvc.post().uri("/lacak").with(csrf())
                .param("tiket", " " + ticket.toLowerCase().replace("-", " ") + " ").param("pin", pin).exchange();
        assertThat(found).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/lacak/" + ticket);
        assertThat(mvc.get().uri("/lacak/" + ticket).cookie(sessionOf(found))).hasStatusOk().bodyText()
                .contains("Laporan " + ticket, "Diterima", "Kuning", "Mimika Command Center", "Pungutan liar di kantor kampung");
    }

    @Test
    void confirmingWithARatingClosesTheReport() {
        MvcTestResult sent = submit(validReport("Jembatan kayu patah di kampung"), UUID.randomUUID().toString(), fromNewAddress());
        String ticket = ticketOf(sent);
        String pin = pinOf(sent);
        workflow.route(MCC, new TicketNumber(ticket), new AgencyCode("PUPR"));
        workflow.complete(PUPR, new TicketNumber(ticket), "Jembatan sudah diganti dengan papan baru.");

        MvcTestResult tracked = mvc.post().uri("/lacak").with(csrf()).param("tiket", ticket).param("pin", pin).exchange();
        assertThat(tracked).hasStatus3xxRedirection();
        Cookie session = sessionOf(tracked);
        assertThat(mvc.get().uri("/lacak/" + ticket).cookie(session)).hasStatusOk().bodyText()
                .contains("Selesai", "Sudah selesai? Beri nilai", "Sangat puas", "Belum selesai? Buka kembali");

        assertThat(mvc.post().uri("/lacak/" + ticket + "/konfirmasi").with(csrf()).param("pin", pin)
                .param("comment", "Terima kasih")).hasStatusOk().bodyText()
                .contains("Beri nilai 1 sampai 5.", "Terima kasih</textarea>");
        assertThat(views.publicView(ticket, pin).status()).isEqualTo(ReportStatus.COMPLETED);

        assertThat(mvc.post().uri("/lacak/" + ticket + "/konfirmasi").cookie(session).with(csrf()).param("pin", pin)
                .param("rating", "5").param("comment", "Cepat sekali, terima kasih"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/lacak/" + ticket);
        assertThat(views.publicView(ticket, pin).status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(mvc.get().uri("/lacak/" + ticket).cookie(session)).hasStatusOk().bodyText()
                .contains("Ditutup", "Pelapor mengonfirmasi selesai", "Cepat sekali, terima kasih")
                .doesNotContain("Sudah selesai? Beri nilai");
    }

    @Test
    void thePublicListNeverShowsAConfidentialReport() throws Exception {
        String open = ticketOf(submit(validReport("Sampah menumpuk di tepi jalan"), UUID.randomUUID().toString(), fromNewAddress()));
        String secret = ticketOf(submit(validReport("Guru jarang hadir di sekolah").param("confidential", "true"),
                UUID.randomUUID().toString(), fromNewAddress()));

        assertThat(publicListUpTo(open, "/laporan?")).contains("/laporan/" + open).doesNotContain(secret);
        assertThat(publicListUpTo(open, "/laporan?kategori=JALAN&lampu=YELLOW&status=SUBMITTED&"))
                .contains("/laporan/" + open).doesNotContain(secret);
        assertThat(mvc.get().uri("/laporan/peta")).hasStatusOk().bodyText().doesNotContain(secret);
        assertThat(mvc.get().uri("/laporan/peta/titik")).hasStatusOk().bodyText().doesNotContain(secret);
        assertThat(mvc.get().uri("/laporan/" + secret)).hasStatus(404);
        assertThat(mvc.get().uri("/laporan/" + open)).hasStatusOk().bodyText()
                .contains("Sampah menumpuk di tepi jalan", "Saya juga mengalami", "Laporan diterima");
    }

    @Test
    void meTooIncrementsTheCounterAndSwapsItInPlaceForHtmx() {
        String ticket = ticketOf(submit(validReport("Air bersih tidak mengalir tiga hari"), UUID.randomUUID().toString(), fromNewAddress()));

        assertThat(mvc.post().uri("/laporan/" + ticket + "/saya-juga").with(csrf()).with(fromNewAddress())
                .header("HX-Request", "true")).hasStatusOk().bodyText()
                .startsWith("<section id=\"me-too\"").contains("<strong>1</strong>", "Terima kasih, tanda Anda sudah dihitung.");
        assertThat(mvc.post().uri("/laporan/" + ticket + "/saya-juga").with(csrf()).with(fromNewAddress()))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/laporan/" + ticket);
        assertThat(views.publicView(ticket, null).meToo()).isEqualTo(2);
    }

    @Test
    void tooManySubmissionsFromOneAddressGetAFriendlyPageWithStatus429() {
        RequestPostProcessor address = fromNewAddress();
        MvcTestResult last = null;
        for (int i = 0; i < 21; i++) {
            last = submit(validReport("Laporan uji batas ke-" + i + " dari satu alamat"), UUID.randomUUID().toString(), address);
        }
        assertThat(last).hasStatus(429).bodyText().contains("Mohon tunggu sebentar");
        assertThat(last.getMvcResult().getResponse().getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void choosingADistrictWithHtmxReloadsOnlyItsVillages() {
        assertThat(mvc.get().uri("/lapor?districtCode=94.04.10").header("HX-Request", "true").header("HX-Target", "villageCode"))
                .hasStatusOk().bodyText().contains("T&#39;Singa").doesNotContain("<optgroup", "<form", "Kwamki");
        assertThat(mvc.get().uri("/lapor")).hasStatusOk().bodyText().contains("<optgroup", "Kwamki", "T&#39;Singa");
    }

    @Test
    void thePagesSpeakEnglishOnRequest() {
        assertThat(mvc.get().uri("/lapor?lang=en")).hasStatusOk().bodyText().contains("Send a report", "Anonymous (no name)");
        assertThat(mvc.get().uri("/lacak?lang=en")).hasStatusOk().bodyText().contains("Track a report");
    }

    @Test
    void aPhotoSentWithTheFormIsStoredAndShownOnThePublicPage() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        MvcTestResult sent = submit(validReport("Lampu jalan mati di depan sekolah")
                .file(new org.springframework.mock.web.MockMultipartFile("photos", "lampu.png", "image/png", png.toByteArray())),
                UUID.randomUUID().toString(), fromNewAddress());
        String ticket = ticketOf(sent);
        assertThat(mvc.get().uri("/laporan/" + ticket)).hasStatusOk().bodyText()
                .contains("/api/v1/reports/" + ticket + "/photos/").contains("/thumbnail");
    }

    @Test
    void aTextFileDressedAsAPhotoIsRefusedOnTheFormAndNothingIsSent() {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        MvcTestResult answer = submit(validReport("Sampah menumpuk di pinggir jalan raya")
                .file(new org.springframework.mock.web.MockMultipartFile("photos", "foto.jpg", "image/jpeg",
                        "bukan gambar".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                UUID.randomUUID().toString(), fromNewAddress());
        assertThat(answer).hasStatusOk().bodyText().contains("Sampah menumpuk di pinggir jalan raya");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
    }

    private MockMvcTester.MockMultipartMvcRequestBuilder validReport(String description) {
        return mvc.post().uri("/lapor").multipart()
                .param("kind", "COMPLAINT")
                .param("categoryCode", "JALAN")
                .param("description", description)
                .param("districtCode", "94.04.01")
                .param("villageCode", "94.04.01.1002")
                .param("reporterPhone", "081234567890");
    }

    private MvcTestResult submit(MockMvcTester.MockMultipartMvcRequestBuilder form, String key, RequestPostProcessor address) {
        return form.param("formKey", key).with(csrf()).with(address).exchange();
    }

    private static String pinOf(MvcTestResult sent) {
        return ((ReceiptNote) sent.getMvcResult().getFlashMap().get("receipt")).pin();
    }

    /** The session cookie the answer set; sessions live in the database (Spring Session), not in the mock request. */
    private static Cookie sessionOf(MvcTestResult answer) {
        Cookie cookie = answer.getMvcResult().getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    private static String ticketOf(MvcTestResult sent) {
        String url = sent.getMvcResult().getResponse().getRedirectedUrl();
        assertThat(url).as("redirect after submitting").startsWith("/lapor/terkirim/");
        return url.substring("/lapor/terkirim/".length());
    }

    /** Each test reports from its own client address, so that the per-address limit does not couple tests. */
    private static RequestPostProcessor fromNewAddress() {
        String address = "10.20." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * The public list's pages, newest first, up to the one showing the ticket: other tests of the same database submit
     * reports dated later (their clocks run in 2031), which push a new report off the first page.
     */
    private String publicListUpTo(String ticket, String listUri) throws Exception {
        StringBuilder pages = new StringBuilder();
        for (int page = 1; page <= 100; page++) {
            String body = new String(mvc.get().uri(listUri + "halaman=" + page).exchange().getResponse().getContentAsByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            pages.append(body);
            if (body.contains("/laporan/" + ticket) || !body.contains("rel=\"next\"")) {
                break;
            }
        }
        return pages.toString();
    }
}
