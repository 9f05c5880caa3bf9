package id.go.mimikakab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import id.go.mimikakab.system.Wit;
import id.go.mimikakab.testing.MutableClock;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The PDF performance reports and the weekly job that mails them. Reports are made on Monday 3 March 2031
 * and routed at once (follow-up due Monday 10 March, 23.59 WIT); by Monday 17 March they are red. No mail
 * server is configured here, so every e-mail stays in the outbox where the test reads it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class PerformanceReportIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id"))
            .withZone(Wit.ZONE);
    private static final String LEADER = "bupati@demo.mimikakab.go.id";
    private static final String PUPR_HEAD = "pupr.kepala@demo.mimikakab.go.id";
    private static final String DINKES_HEAD = "dinkes.kepala@demo.mimikakab.go.id";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    PerformanceReport reports;
    @Autowired
    PerformanceReportMailing mailing;
    @Autowired
    PerformanceFigures figures;
    @Autowired
    JdbcClient jdbc;

    private DemoCases cases;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
        cases = new DemoCases(mvc);
    }

    @Test
    void theRegencyPdfHasTheLeagueTableWithEachAgencysRedCountAndTheOldestRedReports() throws IOException {
        String road = cases.routed("JALAN", "PUPR", "Jalan amblas dekat jembatan " + unique(), false);
        cases.routed("JALAN", "PUPR", "Jalan berlubang di depan sekolah " + unique(), false);
        String clinic = cases.routed("KESEHATAN", "DINKES", "Obat di puskesmas kosong " + unique(), true);
        clock.set("2031-03-17T07:00+09:00");
        Standings standings = figures.standings();

        String text = text(reports.regency(standings).content());

        assertThat(text).contains("Kabupaten Mimika", "Laporan Kinerja Tindak Lanjut Laporan Warga",
                "Data per Senin, 17 Maret 2031, 07.00 WIT", "Peringkat OPD", "Tren ketepatan waktu 12 minggu",
                "Laporan merah tertua");
        for (String agency : List.of("PUPR", "DINKES")) {
            AgencyStanding standing = standing(standings, agency);
            assertThat(standing.red()).isPositive();
            assertThat(text).as("the league row of " + agency)
                    .containsPattern(Pattern.quote(standing.agencyName()) + " " + standing.red() + " " + standing.yellow() + " "
                            + Pattern.quote(DAY.format(standing.oldestRedSince())) + " \\([\\d.]+ hari kerja\\)");
        }
        long red = standings.totals().red();
        assertThat(text).contains("Paling lama merah lebih dulu: " + Math.min(red, PerformanceReport.RED_ITEMS) + " dari " + red);
        if (red <= PerformanceReport.RED_ITEMS) {
            assertThat(text).contains(road + " Dinas PUPR Jalan dan Jembatan Mimika Baru 10 Mar 2031 (5 hari kerja)");
        }
        if (red <= PerformanceReport.RED_ITEMS) {
            assertThat(text).as("a confidential report is listed by ticket").contains(clinic);
        }
        assertThat(text).as("never with its text or its reporter").doesNotContain("Obat di puskesmas kosong")
                .doesNotContain("Maria");
    }

    @Test
    void anAgencysPdfHasItsPositionItsRedAndYellowReportsAndItsPics() throws IOException {
        String red = cases.routed("KESEHATAN", "DINKES", "Puskesmas tidak buka hari Senin " + unique(), false);
        String answered = cases.routed("KESEHATAN", "DINKES", "Vaksin anak habis " + unique(), false);
        clock.set("2031-03-05T09:00+09:00");
        cases.followUp(answered, "demo-dinkes.staf");
        clock.set("2031-03-12T08:00+09:00");
        String yellow = cases.routed("KESEHATAN", "DINKES", "Ambulans lambat datang " + unique(), false);
        Standings standings = figures.standings();
        int position = standings.agencies().indexOf(standing(standings, "DINKES")) + 1;

        PerformanceReport.Pdf pdf = reports.agency(standings, "DINKES");

        assertThat(pdf.fileName()).isEqualTo("laporan-kinerja-dinkes-2031-03-12.pdf");
        String text = text(pdf.content());
        assertThat(text).contains("Laporan Kinerja Dinas Kesehatan",
                "Peringkat " + position + " dari " + standings.agencies().size() + " OPD", "Laporan merah dan kuning",
                "Beban kerja dan ketepatan PIC");
        assertThat(text).contains(red + " Merah Layanan Kesehatan dan Puskesmas Mimika Baru 10 Mar 2031 (2 hari kerja)");
        assertThat(text).contains(yellow + " Kuning Layanan Kesehatan dan Puskesmas");
        assertThat(text).as("the trend has a week with follow-ups, drawn as SVG above its table")
                .contains("Garis: bagian tindak lanjut yang tepat waktu per minggu").contains("100%");
        assertThat(text).containsPattern("PIC Dinas Kesehatan \\(demo\\) \\d+ [1-9]\\d* \\d+%");
    }

    @Test
    void theWeeklyJobQueuesTheReportsOnceToTheLeadersAndTheAgencyHeadsWithThePdfAttached() throws IOException {
        cases.routed("JALAN", "PUPR", "Gorong-gorong runtuh " + unique(), false);
        clock.set("2031-03-17T07:00+09:00");

        int queued = mailing.sendThisWeek();
        clock.set("2031-03-17T07:00:30+09:00");
        int again = mailing.sendThisWeek();
        clock.set("2031-03-19T13:00+09:00");
        int laterThatWeek = mailing.sendThisWeek();

        List<Mail> mails = weeklyMails("2031-03-17T07:00+09:00");
        assertThat(queued).isEqualTo(mails.size()).isPositive();
        assertThat(again).isZero();
        assertThat(laterThatWeek).isZero();
        assertThat(mails).extracting(Mail::recipient).doesNotHaveDuplicates().contains(LEADER, PUPR_HEAD, DINKES_HEAD)
                .doesNotContain("pupr.staf@demo.mimikakab.go.id", "mcc@demo.mimikakab.go.id", "admin@demo.mimikakab.go.id");
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.attachmentType()).isEqualTo("application/pdf");
            assertThat(new String(m.attachment(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
        Mail leader = mail(mails, LEADER);
        assertThat(leader.subject()).startsWith("Laporan kinerja mingguan Kabupaten Mimika: ");
        assertThat(leader.body()).contains("data per Senin, 17 Maret 2031, 07.00 WIT", "http://localhost:8080/pimpinan");
        assertThat(leader.attachmentName()).isEqualTo("laporan-kinerja-kabupaten-mimika-2031-03-17.pdf");
        assertThat(text(leader.attachment())).contains("Peringkat OPD", "Dinas PUPR");
        Mail head = mail(mails, PUPR_HEAD);
        assertThat(head.subject()).startsWith("Laporan kinerja mingguan Dinas PUPR: ");
        assertThat(head.body()).contains("Yth. Kepala Dinas PUPR", "http://localhost:8080/pimpinan/opd/PUPR");
        assertThat(head.attachmentName()).isEqualTo("laporan-kinerja-pupr-2031-03-17.pdf");
        assertThat(text(head.attachment())).contains("Laporan Kinerja Dinas Pekerjaan Umum dan Penataan Ruang")
                .doesNotContain("Peringkat OPD");
        assertThat(mail(mails, DINKES_HEAD).attachmentName()).isEqualTo("laporan-kinerja-dinkes-2031-03-17.pdf");
        assertThat(jdbc.sql("select messages from performance_report_week where week_start = :w")
                .param("w", LocalDate.parse("2031-03-17")).query(Integer.class).single()).isEqualTo(queued);
    }

    @Test
    void theNextWeekIsSentAgainAndTheScheduledRunHoldsTheClusterWideLock() {
        clock.set("2031-03-24T07:00+09:00");
        mailing.sendOnSchedule();
        assertThat(weeklyMails("2031-03-24T07:00+09:00")).isNotEmpty();

        clock.set("2031-03-31T07:00+09:00");
        mailing.sendOnSchedule();

        assertThat(weeklyMails("2031-03-31T07:00+09:00")).extracting(Mail::recipient).contains(LEADER);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'weekly-performance-report'").query(Long.class).single())
                .isEqualTo(1);
    }

    private static AgencyStanding standing(Standings standings, String code) {
        return standings.agencies().stream().filter(a -> a.agencyCode().equals(code)).findFirst().orElseThrow();
    }

    private List<Mail> weeklyMails(String createdAt) {
        return jdbc.sql("""
                        select recipient, subject, body, attachment_name, attachment_type, attachment_content
                        from notification_outbox where created_at = :at and subject like 'Laporan kinerja mingguan%'""")
                .param("at", java.time.OffsetDateTime.parse(createdAt))
                .query((rs, n) -> new Mail(rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("attachment_name"), rs.getString("attachment_type"), rs.getBytes("attachment_content")))
                .list();
    }

    private static Mail mail(List<Mail> mails, String recipient) {
        return mails.stream().filter(m -> m.recipient().equals(recipient)).findFirst().orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private record Mail(String recipient, String subject, String body, String attachmentName, String attachmentType,
            byte[] attachment) {
    }
}
