package id.go.mimikakab.eservice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import id.go.mimikakab.eservice.TestDocuments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The citizen's screens without JavaScript: the catalogue by agency and life event with search and each service's
 * standard; registering, verifying with the code sent and signing in; applying with a mistake that keeps what was
 * typed and the document already uploaded; and "Akun saya" listing the application. Staff sign-ins open nothing here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicantScreensIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCatalogueGroupsServicesByAgencyAndLifeEventFindsThemAndShowsTheirStandard() {
        assertThat(mvc.get().uri("/layanan")).hasStatusOk().bodyText()
                .contains("Dinas Kependudukan dan Pencatatan Sipil", "Penerbitan Akta Kelahiran", "Surat Izin Praktik Tenaga Kesehatan");
        assertThat(mvc.get().uri("/layanan").param("menurut", "peristiwa")).hasStatusOk().bodyText()
                .contains("Kelahiran", "Pindah tempat tinggal");
        assertThat(mvc.get().uri("/layanan").param("q", "reklame")).hasStatusOk().bodyText()
                .contains("Izin Penyelenggaraan Reklame").doesNotContain("Penerbitan Akta Kelahiran");
        assertThat(mvc.get().uri("/layanan/AKTA_KELAHIRAN")).hasStatusOk().bodyText()
                .contains("Gratis", "3 hari kerja", "Surat keterangan kelahiran", "Pengaduan lewat menu Lapor", "Kutipan Akta Kelahiran");
        assertThat(mvc.get().uri("/layanan/TIDAK_ADA")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/services")).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.code == 'AKTA_KELAHIRAN')].fee").asArray().containsExactly(0);
    }

    @Test
    void aCitizenRegistersVerifiesSignsInAndAppliesWithoutLosingWhatWasTyped() {
        String email = "agustina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(mvc.post().uri("/warga/daftar").with(csrf()).param("displayName", "Agustina Kogoya")
                .param("login", email).param("password", "pendek")).hasStatusOk().bodyText()
                .contains("Kata sandi paling sedikit 8 karakter", email);
        assertThat(mvc.post().uri("/warga/daftar").with(csrf()).param("displayName", "Agustina Kogoya")
                .param("login", email).param("password", "sandi-agustina")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/warga/verifikasi").with(csrf()).param("login", email).param("code", "000000"))
                .hasStatusOk().bodyText().contains("Kode tidak cocok");
        assertThat(mvc.post().uri("/warga/verifikasi").with(csrf()).param("login", email).param("code", codeSentTo(email)))
                .hasRedirectedUrl("/warga/masuk?terverifikasi");
        Cookie session = signIn(email, "sandi-agustina");

        MvcTestResult mistaken = mvc.post().uri("/warga/layanan/SURAT_PINDAH/ajukan").multipart()
                .file(new MockMultipartFile("KK", "kk-agustina.pdf", "application/pdf", TestDocuments.pdf()))
                .param("NIK", "9404011203850002").param("NOMOR_KK", "12345").param("ALAMAT_TUJUAN", "Jl. Sentani 5, Jayapura")
                .param("JUMLAH_PINDAH", "2").param("TELEPON", "081234567890").with(csrf()).cookie(session).exchange();
        assertThat(mistaken).hasStatusOk().bodyText()
                .contains("Nomor KK harus 16 angka", "Jl. Sentani 5, Jayapura", "Sudah diunggah: kk-agustina.pdf");

        MvcTestResult sent = mvc.post().uri("/warga/layanan/SURAT_PINDAH/ajukan").multipart()
                .param("NIK", "9404011203850002").param("NOMOR_KK", "9404010101230001").param("ALAMAT_TUJUAN", "Jl. Sentani 5, Jayapura")
                .param("JUMLAH_PINDAH", "2").param("TELEPON", "081234567890").with(csrf()).cookie(session).exchange();
        assertThat(sent).hasStatus3xxRedirection();
        String location = sent.getMvcResult().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/warga/permohonan/PM-");
        String reference = location.substring("/warga/permohonan/".length(), location.indexOf('?'));

        assertThat(mvc.get().uri("/warga/permohonan/" + reference).cookie(session)).hasStatusOk().bodyText()
                .contains("Diajukan", "Surat Keterangan Pindah", "Kartu Keluarga");
        assertThat(mvc.get().uri("/warga/akun").cookie(session)).hasStatusOk().bodyText()
                .contains("Agustina Kogoya", reference);
    }

    @Test
    void aStaffSignInIsNoCitizenSignIn() {
        MvcTestResult staff = mvc.post().uri("/login").with(csrf()).param("username", "disdukcapil.staf").param("password", "demo").exchange();
        Cookie session = staff.getMvcResult().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(mvc.get().uri("/warga/akun").cookie(session)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/warga/masuk");
        assertThat(mvc.post().uri("/warga/masuk").with(csrf()).param("login", "disdukcapil.staf").param("password", "demo"))
                .hasRedirectedUrl("/warga/masuk?gagal");
    }

    private Cookie signIn(String login, String password) {
        MvcTestResult answer = mvc.post().uri("/warga/masuk").with(csrf()).param("login", login).param("password", password).exchange();
        assertThat(answer).hasRedirectedUrl("/warga/akun");
        Cookie cookie = answer.getMvcResult().getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private String codeSentTo(String recipient) {
        String body = jdbc.sql("select body from notification_outbox where recipient = :to order by id desc")
                .param("to", recipient).query(String.class).list().get(0);
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
