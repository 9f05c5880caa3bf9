package id.go.mimikakab.health.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.Polyclinic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The health pages work without JavaScript: lists, the booking form with its messages, complaints, figures, access. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    HealthUnits units;

    @Autowired
    JdbcClient jdbc;

    private long generalClinicPlan() {
        Polyclinic umum = units.polyclinics("PKM-TIMIKA").stream().filter(p -> p.code().equals("UMUM")).findFirst().orElseThrow();
        return units.plans(umum.id()).get(0).id();
    }

    @Test
    void aCitizenFindsAUnitItsHoursAndItsPolyclinics() {
        assertThat(mvc.get().uri("/sehat")).hasStatusOk().bodyText()
                .contains("Daftar berobat", "Puskesmas Timika", "RSUD Mimika", "Distrik Mimika Baru", "belum dikonfirmasi Dinkes");
        assertThat(mvc.get().uri("/sehat/unit/PKM-TIMIKA")).hasStatusOk().bodyText()
                .contains("Senin: 08.00–14.00 WIT", "Sabtu: 08.00–12.00 WIT", "Poli Umum", "Pagi, 08.00–12.00 WIT",
                        "Tutup pada hari libur nasional");
        assertThat(mvc.get().uri("/sehat/unit/TIDAK-ADA")).hasStatus(404);
    }

    @Test
    void wrongFieldsAreExplainedInIndonesianNextToThemAndTheTypedTextStays() {
        MvcTestResult answer = mvc.post().uri("/sehat/unit/PKM-TIMIKA/sesi/" + generalClinicPlan()).with(csrf())
                .param("name", "Maria Beanal").param("nik", "1234").param("phone", "555")
                .param("jknNumber", "12").param("idempotencyKey", UUID.randomUUID().toString())
                .exchange();
        assertThat(answer).hasStatusOk().bodyText()
                .contains("Periksa isian berikut", "Pilih hari berobat.", "NIK terdiri dari 16 angka.",
                        "Nomor HP diawali +62, 62 atau 0", "Nomor kartu BPJS/JKN terdiri dari 13 angka.",
                        "value=\"Maria Beanal\"", "value=\"555\"", "id=\"nik-error\"");
        assertThat(mvc.post().uri("/sehat/unit/PKM-TIMIKA/sesi/" + generalClinicPlan()).with(csrf())
                .param("name", "Maria").param("nik", "9404016213900001").param("phone", "081234567890")
                .param("day", "2020-01-01").param("idempotencyKey", UUID.randomUUID().toString()).exchange())
                .hasStatusOk().bodyText().contains("Angka ke-7 sampai ke-12 NIK adalah tanggal lahir");
    }

    @Test
    void aComplaintAboutAUnitBecomesAHealthReportForDinkes() {
        MvcTestResult sent = mvc.post().uri("/sehat/unit/PKM-TIMIKA/pengaduan").with(csrf())
                .param("description", "Loket belum buka pukul 09.00 padahal jadwal 08.00")
                .param("idempotencyKey", UUID.randomUUID().toString()).exchange();
        assertThat(sent).hasStatusOk().bodyText().contains("Pengaduan terkirim", "Nomor tiket:");
        String ticket = sent.getMvcResult().getModelAndView().getModel().get("receipt").toString().replaceAll(".*ticket=([^,]+),.*", "$1");
        assertThat(jdbc.sql("""
                        select r.category_code || '|' || r.village_code || '|' || c2.default_agency_code from report r
                        join report_category c2 on c2.code = r.category_code where r.ticket = :t""")
                .param("t", ticket).query(String.class).single()).isEqualTo("KESEHATAN|94.04.01.1001|DINKES");
        assertThat(mvc.post().uri("/sehat/unit/PKM-TIMIKA/pengaduan").with(csrf()).param("description", "Buruk")
                .param("idempotencyKey", UUID.randomUUID().toString()).exchange())
                .hasStatusOk().bodyText().contains("id=\"description-error\"", ">Buruk</textarea>");
    }

    @Test
    void theFiguresAppearOnThePublicStatisticsAndTheLeadersDashboard() {
        assertThat(mvc.get().uri("/statistik")).hasStatusOk().bodyText()
                .contains("Layanan kesehatan: waktu tunggu dan pasien tidak datang (30 hari terakhir)");
        assertThat(mvc.get().uri("/pimpinan").header("Authorization", "Bearer demo-bupati")).hasStatusOk().bodyText()
                .contains("Layanan kesehatan: waktu tunggu");
    }

    @Test
    void onlyTheUnitsStaffAndDinkesRunItsCounter() {
        assertThat(mvc.get().uri("/loket/PKM-TIMIKA").header("Authorization", "Bearer demo-pupr.staf")).hasStatus(403);
        assertThat(mvc.get().uri("/loket/RSUD-MIMIKA").header("Authorization", "Bearer demo-loket.timika")).hasStatus(403);
        assertThat(mvc.get().uri("/loket/PKM-TIMIKA").header("Authorization", "Bearer demo-loket.timika")).hasStatusOk()
                .bodyText().contains("Loket Puskesmas Timika");
        assertThat(mvc.get().uri("/loket/RSUD-MIMIKA").header("Authorization", "Bearer demo-dinkes.staf")).hasStatusOk()
                .bodyText().contains("Loket RSUD Mimika");
        assertThat(mvc.get().uri("/loket/PKM-TIMIKA").exchange().getResponse().getStatus()).isIn(302, 401);
    }

    @Test
    void dinkesKeepsAUnitAndItsCounterStaffChangeOnlyHoursAndQuotas() {
        assertThat(mvc.get().uri("/dinkes/unit/PKM-KOKONAO").header("Authorization", "Bearer demo-dinkes.staf")).hasStatusOk()
                .bodyText().contains("Data unit", "Jam buka", "Kuota per sesi per hari", "Petugas loket");
        Polyclinic gigi = units.polyclinics("PKM-TIMIKA").stream().filter(p -> p.code().equals("GIGI")).findFirst().orElseThrow();
        long plan = units.plans(gigi.id()).get(0).id();
        int before = units.plan(plan).orElseThrow().quota();
        try {
            assertThat(mvc.post().uri("/dinkes/unit/PKM-TIMIKA/kuota").header("Authorization", "Bearer demo-loket.timika")
                    .param("plan", Long.toString(plan)).param("quota", "12")).hasStatus3xxRedirection();
            assertThat(units.plan(plan).orElseThrow().quota()).isEqualTo(12);
            assertThat(mvc.post().uri("/dinkes/unit/PKM-TIMIKA").header("Authorization", "Bearer demo-loket.timika")
                    .param("name", "Diubah").param("kind", "PUSKESMAS").param("villageCode", "94.04.01.1001")).hasStatus(403);
            assertThat(mvc.post().uri("/dinkes/unit/RSUD-MIMIKA/kuota").header("Authorization", "Bearer demo-loket.timika")
                    .param("plan", Long.toString(plan)).param("quota", "1")).hasStatus(403);
        } finally {
            units.changeQuota(plan, before, java.time.LocalDate.of(2000, 1, 1));
        }
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'HEALTH_QUOTA_CHANGED' and target_id = :id")
                .param("id", Long.toString(plan)).query(Integer.class).single()).isPositive();
    }
}
