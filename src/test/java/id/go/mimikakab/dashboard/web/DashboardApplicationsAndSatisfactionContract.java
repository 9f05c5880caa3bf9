package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenAccounts;
import id.go.mimikakab.dashboard.DemoCases;
import id.go.mimikakab.eservice.ApplicationWorkflow;
import id.go.mimikakab.eservice.NewApplication;
import id.go.mimikakab.eservice.TestDocuments;
import id.go.mimikakab.satisfaction.Answers;
import id.go.mimikakab.satisfaction.SatisfactionSurveys;
import id.go.mimikakab.satisfaction.SurveyInvitation;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the leaders and the command centre see of applications and of the satisfaction index beside the reports:
 * each agency's IKM and the regency's next to the lights, an agency's waiting applications among its reports (red
 * first), the red applications on the command centre's wall, applications in the staff exports with their kind of
 * case, and the weekly PDF's line per kind. Cases are made on Monday 6 September 2032, a year no other test
 * answers surveys in; the expected IKM is worked out here from the sums of the year's responses (25 × sum of all
 * answers / (9 × respondents)), so a second run against the same database expects its own figures.
 */
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
abstract class DashboardApplicationsAndSatisfactionContract {

    private static final String MONDAY = "2032-09-06T10:00+09:00";
    /** SURAT_PINDAH's verification (two working days) has passed, a report's follow-up (five) has not. */
    private static final String THURSDAY = "2032-09-09T10:00+09:00";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    SatisfactionSurveys surveys;
    @Autowired
    ApplicationWorkflow applications;
    @Autowired
    CitizenAccounts citizens;
    @Autowired
    JdbcClient jdbc;

    private DemoCases cases;

    @BeforeEach
    void startOnMonday() {
        clock.set(MONDAY);
        cases = new DemoCases(mvc);
    }

    @Test
    void leadersAndTheCommandCentreSeeEachAgencysIkmBesideItsLightsAndTheRegencysBesideTheTotals() {
        rate("DPMK", 4, 4, 4, 4, 4, 4, 4, 4, 4);
        rate("DPMK", 3, 3, 3, 3, 3, 3, 3, 3, 3);
        rate("INSPEKTORAT", 2, 2, 2, 2, 2, 2, 2, 2, 2);

        String leaders = page("/pimpinan", "demo-bupati");
        assertThat(between(leaders, "id=\"regency-ikm\"", "</p>")).contains("Kabupaten, tahun 2032:", expectedIkm(null));
        assertThat(leagueRow(leaders, "DPMK")).contains(expectedIkm("DPMK"));
        assertThat(leagueRow(leaders, "INSPEKTORAT")).contains(expectedIkm("INSPEKTORAT"));
        assertThat(leagueRow(leaders, "DISPERKIM")).contains("IKM: belum ada responden");

        assertThat(between(page("/pimpinan/opd/DPMK", "demo-bupati"), "id=\"agency-ikm\"", "</p>"))
                .contains("Tahun 2032:", expectedIkm("DPMK"));
        assertThat(between(page("/mcc", "demo-mcc"), "id=\"wall-ikm\"", "</p>")).contains(expectedIkm(null));
    }

    @Test
    void anAgencysPageListsItsRedApplicationBeforeItsYellowReportWithTheKindOfEach() {
        String report = cases.routed("ADMINDUK", "DISDUKCAPIL", "KTP-el belum jadi " + UUID.randomUUID(), false);
        String application = movingCertificate();
        clock.set(THURSDAY);

        String page = page("/pimpinan/opd/DISDUKCAPIL", "demo-bupati");

        String applicationLine = between(page, "<a href=\"/opd/permohonan/" + application + "\">", "</li>");
        assertThat(applicationLine).contains("Merah", "Permohonan", "Surat Keterangan Pindah", "terlambat");
        assertThat(between(page, "<a href=\"/pimpinan/laporan/" + report + "\">", "</li>")).contains("Kuning", "Laporan");
        assertThat(page.indexOf("/opd/permohonan/" + application)).isLessThan(page.indexOf("/pimpinan/laporan/" + report));
        assertThat(page("/opd/permohonan/" + application, "demo-bupati")).contains("Surat Keterangan Pindah", "Dibaca dari dasbor")
                .doesNotContain("Yosina", "9404015507900003", "/dokumen/");
    }

    @Test
    void theCommandCentresWallListsRedApplicationsWithALinkItMayOpenUnlessReportsAloneAreChosen() {
        String application = movingCertificate();
        clock.set(THURSDAY);

        String wall = page("/mcc", "demo-mcc");

        assertThat(between(wall, "<a href=\"/opd/permohonan/" + application + "\">", "</li>"))
                .contains("Merah", "Surat Keterangan Pindah", "Disdukcapil");
        assertThat(page("/mcc?jenis=REPORT", "demo-mcc")).doesNotContain("/opd/permohonan/" + application);
        assertThat(page("/opd/permohonan/" + application, "demo-mcc")).contains(application).doesNotContain("Yosina", "/verifikasi\"");
        assertThat(mvc.post().uri("/opd/permohonan/" + application + "/verifikasi").header("Authorization", "Bearer demo-mcc"))
                .hasStatus(403);
    }

    @Test
    void theStaffExportsHoldApplicationsWithTheirKindOfCaseAndTheFilterOfTheDashboard() throws Exception {
        String report = cases.routed("ADMINDUK", "DISDUKCAPIL", "Akta belum terbit " + UUID.randomUUID(), false);
        String application = movingCertificate();

        String csv = download("/pimpinan/opd/DISDUKCAPIL/ekspor.csv", "demo-bupati");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFTiket;Jenis kasus;Jenis;Kategori;OPD;");
        assertThat(csv.lines().filter(l -> l.startsWith(application + ";"))).singleElement().asString()
                .startsWith(application + ";Permohonan;;Surat Keterangan Pindah;Disdukcapil;;;Diajukan;Kuning;Tidak;");
        assertThat(csv.lines().filter(l -> l.startsWith(report + ";"))).singleElement().asString()
                .startsWith(report + ";Laporan;Pengaduan;");

        String applicationsOnly = download("/pimpinan/opd/DISDUKCAPIL/ekspor.csv?jenis=APPLICATION", "demo-bupati");
        assertThat(applicationsOnly).contains(application + ";").doesNotContain(report + ";");
        String reportsOnly = download("/pimpinan/opd/DISDUKCAPIL/ekspor.csv?jenis=REPORT", "demo-bupati");
        assertThat(reportsOnly).contains(report + ";").doesNotContain(application + ";");

        MvcTestResult xlsx = mvc.get().uri("/pimpinan/opd/DISDUKCAPIL/ekspor.xlsx").header("Authorization", "Bearer demo-mcc").exchange();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Jenis kasus");
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo(application);
                assertThat(r.getCellText(1)).isEqualTo("Permohonan");
            });
        }

        String publicList = download("/laporan/ekspor.csv?agency=DISDUKCAPIL", null);
        assertThat(publicList).doesNotContain(application).doesNotContain("Jenis kasus");
    }

    @Test
    void theLeagueTableExportCountsOneKindWhenAsked() {
        String all = download("/pimpinan/ekspor/opd.csv", "demo-bupati");
        String reportsOnly = download("/pimpinan/ekspor/opd.csv?jenis=REPORT", "demo-bupati");
        long before = openInLeague(all, "DISDUKCAPIL");
        long reportsBefore = openInLeague(reportsOnly, "DISDUKCAPIL");

        movingCertificate();

        assertThat(openInLeague(download("/pimpinan/ekspor/opd.csv", "demo-bupati"), "DISDUKCAPIL")).isEqualTo(before + 1);
        assertThat(openInLeague(download("/pimpinan/ekspor/opd.csv?jenis=REPORT", "demo-bupati"), "DISDUKCAPIL"))
                .isEqualTo(reportsBefore);
    }

    @Test
    void theRegencysWeeklyPdfBreaksItsTotalsDownIntoReportsAndApplications() throws Exception {
        movingCertificate();
        long redApplications = openApplications(true);
        long openApplications = openApplications(false);

        MvcTestResult pdf = mvc.get().uri("/pimpinan/laporan-kinerja.pdf").header("Authorization", "Bearer demo-bupati").exchange();

        assertThat(pdf).hasStatusOk();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            Matcher line = Pattern.compile("Permohonan: (\\d+) merah · (\\d+) kuning · (\\d+) hijau").matcher(text);
            assertThat(line.find()).as("the applications' line in " + text).isTrue();
            assertThat(Long.parseLong(line.group(1))).isEqualTo(redApplications);
            assertThat(Long.parseLong(line.group(1)) + Long.parseLong(line.group(2)) + Long.parseLong(line.group(3)))
                    .isEqualTo(openApplications);
            assertThat(text).containsPattern("Laporan: \\d+ merah · \\d+ kuning · \\d+ hijau");
        }
    }

    /** A verified citizen applies for a moving certificate at Disdukcapil; returns the application's number. */
    private String movingCertificate() {
        String email = "yosina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        citizens.register(email, "Yosina Kum", "sandi-yosina-1");
        String body = jdbc.sql("select body from notification_outbox where recipient = :to order by id desc")
                .param("to", email).query(String.class).list().get(0);
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
        assertThat(code.find()).isTrue();
        CitizenAccount applicant = citizens.verify(email, code.group(1));
        var kk = applications.stage("SURAT_PINDAH", "KK", "kk.pdf", TestDocuments.pdf());
        return applications.submit(applicant, new NewApplication("SURAT_PINDAH",
                Map.of("NIK", "9404015507900003", "NOMOR_KK", "9404010101230002", "ALAMAT_TUJUAN", "Jl. Biak 7, Jayapura",
                        "JUMLAH_PINDAH", "1", "TELEPON", "081234567891"), Map.of("KK", kk)), null).reference();
    }

    /** One citizen answers the nine elements for the unit. */
    private void rate(String unit, int... answers) {
        String path = surveys.invite(new SurveyInvitation(unit, "APPLICATION", "PM-" + UUID.randomUUID(), null, null));
        assertThat(surveys.answer(path.substring(path.lastIndexOf('/') + 1), Answers.of(answers), "")).isTrue();
    }

    /** The unit's (or, for null, the regency's) IKM of 2032 as the screens should write it, from the stored answers. */
    private String expectedIkm(String unit) {
        var sums = jdbc.sql("select count(*) as n, coalesce(sum(u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9), 0) as total "
                        + "from survey_response where answered_on >= :from and answered_on < :to"
                        + (unit == null ? "" : " and unit_code = :unit"))
                .param("from", java.time.LocalDate.of(2032, 1, 1)).param("to", java.time.LocalDate.of(2033, 1, 1))
                .params(unit == null ? Map.of() : Map.of("unit", unit))
                .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("total")}).single();
        return ikmText(sums[0], sums[1]);
    }

    /** "IKM 87,50 · mutu B · 2 responden": 25 × total / (9 × respondents), half up to two decimals, then graded. */
    private static String ikmText(long respondents, long total) {
        java.math.BigDecimal ikm = java.math.BigDecimal.valueOf(25 * total)
                .divide(java.math.BigDecimal.valueOf(9 * respondents), 2, java.math.RoundingMode.HALF_UP);
        String grade = ikm.compareTo(new java.math.BigDecimal("88.31")) >= 0 ? "A"
                : ikm.compareTo(new java.math.BigDecimal("76.61")) >= 0 ? "B"
                : ikm.compareTo(new java.math.BigDecimal("65.00")) >= 0 ? "C" : "D";
        return "IKM " + ikm.toPlainString().replace('.', ',') + " · mutu " + grade + " · " + respondents + " responden";
    }

    private long openApplications(boolean redOnly) {
        return jdbc.sql("select count(*) from work_case c where c.kind = 'APPLICATION' and c.closed_at is null"
                        + (redOnly ? " and c.waiting_on in ('COMMAND_CENTER','AGENCY') and c.due_at < :now" : ""))
                .param("now", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Red, yellow and green of the agency's line in the league table's CSV. */
    private static long openInLeague(String csv, String agency) {
        String line = csv.lines().filter(l -> l.matches("\\d+;" + agency + ";.*")).findFirst().orElseThrow();
        String[] cells = line.split(";");
        return Long.parseLong(cells[3]) + Long.parseLong(cells[4]) + Long.parseLong(cells[5]);
    }

    private String page(String uri, String token) {
        MvcTestResult result = mvc.get().uri(uri).header("Authorization", "Bearer " + token).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private String download(String uri, String token) {
        var request = mvc.get().uri(uri);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The agency's line of the league table on the leaders' page. */
    private static String leagueRow(String page, String agency) {
        return between(page, "href=\"/pimpinan/opd/" + agency + "\" class=\"league-row\">", "</a>");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("where " + start + " is").isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
