package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.go.mimikakab.audit.AuditTrail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class LoginIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    AuditTrail audit;

    private MvcTestResult login(String username, String password) {
        return login(username, password, "127.0.0.1");
    }

    private MvcTestResult login(String username, String password, String clientAddress) {
        return mvc.post().uri("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        }).param("username", username).param("password", password).exchange();
    }

    private StaffAccount account(String username) {
        return accounts.findByUsername(username).orElseGet(() -> accounts.open(new NewAccount(username,
                username + "@example.org", "Akun uji " + username, Role.AGENCY_STAFF, "DINSOS", "rahasia-panjang-1")));
    }

    @Test
    void staffLogInWithUsernameOrEmail() {
        account("login.uji");
        assertThat(login("login.uji", "rahasia-panjang-1")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/staf");
        assertThat(login("LOGIN.UJI@example.org", "rahasia-panjang-1")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/staf");
        assertThat(audit.historyOf("account", "login.uji")).extracting(e -> e.action()).contains("LOGIN");
    }

    @Test
    void aWrongPasswordSendsBackToTheLoginPageWithAMessage() {
        account("salah.uji");
        assertThat(login("salah.uji", "bukan-sandinya")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.get().uri("/login?error")).hasStatusOk().bodyText().contains("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void fiveWrongPasswordsSlowDownTheGuessersAddressButNeverLockTheOwnerOut() {
        account("kunci.uji");
        for (int i = 0; i < 5; i++) {
            assertThat(login("kunci.uji", "tebakan-" + i, "10.66.0.1")).redirectedUrl().isEqualTo("/login?error");
        }
        MvcTestResult slowedDown = login("kunci.uji", "tebakan-lagi", "10.66.0.1");
        assertThat(slowedDown).hasStatus(429);
        assertThat(Long.parseLong(slowedDown.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
        // the owner, signing in from elsewhere with the right password, gets in at once
        assertThat(login("kunci.uji", "rahasia-panjang-1", "10.66.0.2")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/staf");
        assertThat(audit.historyOf("account", "kunci.uji")).extracting(e -> e.action()).doesNotContain("ACCOUNT_LOCKED");
    }

    @Test
    void theRightPasswordClearsTheFailuresOfItsAddress() {
        account("lupa.uji");
        for (int i = 0; i < 4; i++) {
            login("lupa.uji", "tebakan-" + i, "10.66.1.1");
        }
        assertThat(login("lupa.uji", "rahasia-panjang-1", "10.66.1.1")).redirectedUrl().isEqualTo("/staf");
        for (int i = 0; i < 5; i++) {
            assertThat(login("lupa.uji", "salah-lagi-" + i, "10.66.1.1")).redirectedUrl().isEqualTo("/login?error");
        }
    }

    @Test
    void anUnknownUsernameIsSlowedDownExactlyLikeAnExistingOne() {
        account("ada.uji");
        for (int i = 0; i < 5; i++) {
            login("ada.uji", "tebakan-" + i, "10.66.2.1");
            login("tidak.ada.uji", "tebakan-" + i, "10.66.2.1");
        }
        long before = System.nanoTime();
        MvcTestResult existing = login("ada.uji", "tebakan-lagi", "10.66.2.1");
        MvcTestResult unknown = login("tidak.ada.uji", "tebakan-lagi", "10.66.2.1");
        long secondsBetween = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - before);
        assertThat(existing).hasStatus(429);
        assertThat(unknown).hasStatus(429);
        // the same wait, give or take the seconds that passed between the two answers (the limit runs on real time)
        assertThat(Long.parseLong(unknown.getResponse().getHeader("Retry-After")))
                .isCloseTo(Long.parseLong(existing.getResponse().getHeader("Retry-After")),
                        org.assertj.core.data.Offset.offset(1L + secondsBetween));
    }

    @Test
    void guessingOneAccountFromManyAddressesIsSlowedDownAndRecorded() {
        account("sasaran.uji");
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            if (login("sasaran.uji", "tebakan-" + i, "10.67.0." + i).getResponse().getStatus() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(10);
        assertThat(audit.historyOf("account", "sasaran.uji")).extracting(e -> e.action()).containsOnlyOnce("LOGIN_THROTTLED");
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/login").param("username", "admin").param("password", "demo")).hasStatus(403);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAPermissionsPolicyAndFramingIsDenied() {
        MvcTestResult home = mvc.get().uri("/").exchange();
        assertThat(home).hasStatusOk();
        assertThat(home).headers().hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(home).headers().hasValue("X-Frame-Options", "DENY");
        assertThat(home).headers().hasValue("X-Content-Type-Options", "nosniff");
        assertThat(home.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=(self)");
    }

    @Test
    void theDemoLoginPageListsEveryDemoAccountAndTheDemoMark() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText()
                .contains("admin", "mcc", "pupr.kepala", "pupr.staf", "dinkes.kepala", "dinkes.staf", "bupati")
                .contains("DEMO");
    }

    @Test
    void aDisabledAccountCannotLogInAndIsAnsweredLikeAWrongPassword() {
        StaffAccount account = account("nonaktif.uji");
        accounts.change(account.id(), new AccountChange(account.email(), account.displayName(), account.role(),
                account.agencyCode(), false));
        assertThat(login("nonaktif.uji", "rahasia-panjang-1", "10.66.3.1")).redirectedUrl().isEqualTo("/login?error");
        assertThat(login("tidak.pernah.ada", "rahasia-panjang-1", "10.66.3.1")).redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.get().uri("/login?disabled")).bodyText().doesNotContain("dinonaktifkan");
        assertThat(mvc.get().uri("/login?locked")).bodyText().doesNotContain("dikunci");
    }
}
