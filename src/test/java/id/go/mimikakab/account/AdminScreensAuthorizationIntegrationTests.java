package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import id.go.mimikakab.agency.AgencyDirectory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class AdminScreensAuthorizationIntegrationTests {

    static final String[] ADMIN_SCREENS = {"/admin", "/admin/instansi", "/admin/instansi/PUPR", "/admin/kategori",
            "/admin/kategori/JALAN", "/admin/kalender", "/admin/pengguna", "/admin/pengguna/baru", "/admin/audit"};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AgencyDirectory agencies;

    static Stream<Arguments> nonAdministratorsAndScreens() {
        return Stream.of("mcc", "pupr.kepala", "pupr.staf", "dinkes.staf", "bupati", "loket.timika")
                .flatMap(user -> Stream.of(ADMIN_SCREENS).map(screen -> Arguments.of(user, screen)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/instansi", "/admin/kategori", "/admin/kalender", "/admin/pengguna", "/admin/audit"})
    void anAnonymousVisitorIsSentToTheLoginPage(String screen) {
        assertThat(mvc.get().uri(screen).accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
    }

    @ParameterizedTest
    @MethodSource("nonAdministratorsAndScreens")
    void noOtherRoleMayOpenAnAdministrationScreen(String user, String screen) {
        assertThat(mvc.get().uri(screen).header("Authorization", "Bearer demo-" + user)).hasStatus(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/instansi", "/admin/instansi/PUPR", "/admin/kategori", "/admin/kategori/JALAN",
            "/admin/kalender", "/admin/pengguna", "/admin/pengguna/baru", "/admin/audit"})
    void theAdministratorOpensEveryAdministrationScreen(String screen) {
        assertThat(mvc.get().uri(screen).header("Authorization", "Bearer demo-admin")).hasStatusOk();
    }

    @Test
    void aLeaderCannotChangeAnAgency() {
        String before = agencies.find("PUPR").orElseThrow().name();
        assertThat(mvc.post().uri("/admin/instansi/PUPR").header("Authorization", "Bearer demo-bupati")
                .param("code", "PUPR").param("name", "Diubah pimpinan").param("shortName", "X").param("active", "true"))
                .hasStatus(403);
        assertThat(agencies.find("PUPR").orElseThrow().name()).isEqualTo(before);
    }

    @Test
    void theAdministratorChangesAnAgencyThroughTheForm() {
        var original = agencies.find("BRIDA").orElseThrow();
        assertThat(mvc.post().uri("/admin/instansi/BRIDA").header("Authorization", "Bearer demo-admin")
                .param("code", "BRIDA").param("name", original.name()).param("shortName", "BRIDA Mimika")
                .param("confirmed", "true").param("active", "true"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/instansi");
        try {
            assertThat(agencies.find("BRIDA").orElseThrow().shortName()).isEqualTo("BRIDA Mimika");
        } finally {
            agencies.change(original);
        }
    }

    @Test
    void anAgencyFormWithBadInputIsShownAgainWithMessagesInIndonesian() {
        assertThat(mvc.post().uri("/admin/instansi/baru").header("Authorization", "Bearer demo-admin")
                .param("code", "pu pr").param("name", "").param("shortName", ""))
                .hasStatusOk().bodyText()
                .contains("Kode 2–20 huruf kapital atau angka")
                .contains("Nama wajib diisi.");
    }

    @Test
    void anUnknownCodeOnAnAdministrationScreenIsNotFound() {
        assertThat(mvc.get().uri("/admin/instansi/TIDAKADA").header("Authorization", "Bearer demo-admin")).hasStatus(404)
                .bodyText().contains("tidak ditemukan");
        assertThat(mvc.get().uri("/admin/pengguna/999999").header("Authorization", "Bearer demo-admin")).hasStatus(404);
    }
}
