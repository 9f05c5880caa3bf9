package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.mimikakab.dashboard.DemoCases;
import id.go.mimikakab.testing.MutableClock;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Lists as CSV and XLSX and the PDF performance reports over HTTP, with the demo accounts' tokens: who may
 * take which file, and what the files hold. Reports are made on Monday 3 March 2031 and routed at once, so
 * their follow-up deadline is Monday 10 March, 23.59 WIT.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class ExportIntegrationTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MutableClock clock;

    private DemoCases cases;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
        cases = new DemoCases(mvc);
    }

    @Test
    void theCsvOfThePublicListHasTheFilteredReportsAndNeverAConfidentialOne() {
        String mark = unique();
        String lamp = cases.submit("PJU", "Lampu jalan mati total; warga takut \"begal\" " + mark, false);
        String road = cases.submit("JALAN", "Jalan berlubang besar di depan pasar " + mark, false);
        String secret = cases.submit("PJU", "Lampu jalan mati, rahasia " + mark, true);

        MvcTestResult result = mvc.get().uri("/laporan/ekspor.csv?category=PJU&district=94.04.01").exchange();

        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(result).headers().hasValue("X-Row-Limit", "100000")
                .hasValue("Content-Disposition", "attachment; filename=\"laporan-2031-03-03.csv\"");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Tiket;Jenis;Kategori;OPD;Distrik;Kampung/Kelurahan;Status;Lampu;Terlambat;"
                + "Diterima (WIT);Tenggat (WIT);Dukungan warga;Uraian");
        assertThat(csv).contains("\r\n");
        assertThat(lines).filteredOn(l -> l.startsWith(lamp + ";")).singleElement().asString()
                .startsWith(lamp + ";Pengaduan;Penerangan Jalan Umum;;Mimika Baru;")
                .contains(";Kuning;Tidak;2031-03-03T10:00:00+09:00;")
                .endsWith(";\"Lampu jalan mati total; warga takut \"\"begal\"\" " + mark + "\"");
        assertThat(csv).doesNotContain(secret).doesNotContain(road).doesNotContain("Maria");
    }

    @Test
    void thePublicListOffersItsFilteredListAsDownloadsThatKeepTheFilters() throws Exception {
        String mark = unique();
        String lamp = cases.submit("PJU", "Lampu jalan padam di gang sekolah " + mark, false);
        String road = cases.submit("JALAN", "Jalan amblas di gang sekolah " + mark, false);

        String page = mvc.get().uri("/laporan?kategori=PJU&distrik=94.04.01").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/laporan/ekspor.xlsx?category=PJU&amp;district=94.04.01\"");
        Matcher csvLink = Pattern.compile("href=\"(/laporan/ekspor\\.csv[^\"]*)\"").matcher(page);
        assertThat(csvLink.find()).isTrue();

        String csv = mvc.get().uri(csvLink.group(1).replace("&amp;", "&")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(lamp).doesNotContain(road);
    }

    @Test
    void theXlsxOfThePublicListOpensWithItsHeadingAndRowsAndRealDates() throws Exception {
        String mark = unique();
        String road = cases.routed("BANJIR", "PUPR", "Saluran tersumbat, air menggenang " + mark, false);

        MvcTestResult result = mvc.get().uri("/laporan/ekspor.xlsx?category=BANJIR&agency=PUPR&light=YELLOW").exchange();

        assertThat(result).hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Laporan");
            assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).startsWith("Tiket", "Jenis", "Kategori", "OPD")
                    .endsWith("Dukungan warga", "Uraian");
            Row mine = rows.stream().filter(r -> road.equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(mine.getCellText(3)).isEqualTo("Dinas PUPR");
            assertThat(mine.getCellText(7)).isEqualTo("Kuning");
            assertThat(mine.getCell(9).getType()).isEqualTo(CellType.NUMBER);
            assertThat(mine.getCellAsDate(9)).contains(LocalDateTime.parse("2031-03-03T10:00"));
            assertThat(mine.getCell(9).getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(mine.getCellAsDate(10)).contains(LocalDateTime.parse("2031-03-10T23:59:59"));
            assertThat(mine.getCellText(12)).endsWith(mark);
        }
    }

    @Test
    void anAgencyHeadExportsTheirAgencysWaitingReportsWithConfidentialOnesButNoReporter() {
        String mark = unique();
        String secret = cases.routed("JALAN", "PUPR", "Jembatan kayu hampir putus " + mark, true);
        clock.set("2031-03-12T08:00+09:00");

        MvcTestResult result = mvc.get().uri("/pimpinan/opd/PUPR/ekspor.csv").header("Authorization", "Bearer demo-pupr.kepala")
                .exchange();

        assertThat(result).hasStatusOk();
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains(";PIC;Uraian");
        assertThat(csv.lines().filter(l -> l.startsWith(secret + ";"))).singleElement().asString()
                .contains(";Dinas PUPR;", ";Merah;");
        assertThat(csv).doesNotContain("Maria").doesNotContain("maria.rahasia@example.org");
    }

    @Test
    void anAgencyHeadMayExportNeitherAnotherAgencyNorTheRegencysLists() {
        assertThat(get("/pimpinan/opd/DINKES/ekspor.csv", "demo-pupr.kepala")).hasStatus(403);
        assertThat(get("/pimpinan/ekspor/opd.xlsx", "demo-pupr.kepala")).hasStatus(403);
        assertThat(get("/pimpinan/distrik/94.04.01/ekspor.csv", "demo-pupr.kepala")).hasStatus(403);
        assertThat(get("/pimpinan/opd/PUPR/ekspor.csv", "demo-pupr.staf")).hasStatus(403);
        assertThat(mvc.get().uri("/pimpinan/ekspor/opd.csv").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void leadersAndTheCommandCentreExportTheLeagueTableAndTheDrillDowns() throws Exception {
        cases.routed("KESEHATAN", "DINKES", "Puskesmas tutup sejak pagi " + unique(), false);
        clock.set("2031-03-12T08:00+09:00");

        MvcTestResult csv = get("/pimpinan/ekspor/opd.csv", "demo-bupati");
        assertThat(csv).hasStatusOk();
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("Peringkat;Kode OPD;OPD;Merah;Kuning;Hijau");
        assertThat(text).containsPattern("\\r\\n\\d+;DINKES;Dinkes;[1-9]\\d*;");

        MvcTestResult xlsx = get("/pimpinan/ekspor/opd.xlsx", "demo-mcc");
        assertThat(xlsx).hasStatusOk();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(2)).isEqualTo("OPD");
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(1)).isEqualTo("DINKES"));
        }
        assertThat(get("/pimpinan/distrik/94.04.01/ekspor.xlsx", "demo-admin")).hasStatusOk();
        assertThat(get("/pimpinan/opd/PUPR/ekspor.pdf", "demo-admin")).hasStatus(404);
    }

    @Test
    void anAgencyHeadDownloadsTheirAgencysPdfButNotAnotherAgencysNorTheRegencys() throws Exception {
        cases.routed("JALAN", "PUPR", "Aspal mengelupas di jalan utama " + unique(), false);

        MvcTestResult own = get("/pimpinan/opd/PUPR/laporan-kinerja.pdf", "demo-pupr.kepala");

        assertThat(own).hasStatusOk().hasContentType("application/pdf");
        assertThat(own).headers().hasValue("Content-Disposition", "attachment; filename=\"laporan-kinerja-pupr-2031-03-03.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(own.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Laporan Kinerja Dinas Pekerjaan Umum dan Penataan Ruang");
        }
        assertThat(get("/pimpinan/opd/DINKES/laporan-kinerja.pdf", "demo-pupr.kepala")).hasStatus(403);
        assertThat(get("/pimpinan/laporan-kinerja.pdf", "demo-pupr.kepala")).hasStatus(403);
        assertThat(get("/pimpinan/opd/PUPR/laporan-kinerja.pdf", "demo-pupr.staf")).hasStatus(403);
        assertThat(get("/pimpinan/laporan-kinerja.pdf", "demo-mcc")).hasStatusOk().hasContentType("application/pdf");
    }

    private MvcTestResult get(String path, String token) {
        var request = mvc.get().uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.exchange();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
