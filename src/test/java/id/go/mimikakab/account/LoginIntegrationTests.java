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
        return mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password).exchange();
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
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        account("kunci.uji");
        for (int i = 0; i < 5; i++) {
            login("kunci.uji", "tebakan-" + i);
        }
        assertThat(login("kunci.uji", "rahasia-panjang-1")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?locked");
        assertThat(audit.historyOf("account", "kunci.uji")).extracting(e -> e.action()).contains("ACCOUNT_LOCKED");
        assertThat(mvc.get().uri("/login?locked")).bodyText().contains("Akun dikunci sementara");
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/login").param("username", "admin").param("password", "demo")).hasStatus(403);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndFramingIsDenied() {
        MvcTestResult home = mvc.get().uri("/").exchange();
        assertThat(home).hasStatusOk();
        assertThat(home).headers().hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(home).headers().hasValue("X-Frame-Options", "DENY");
        assertThat(home).headers().hasValue("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theDemoLoginPageListsEveryDemoAccountAndTheDemoMark() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText()
                .contains("admin", "mcc", "pupr.kepala", "pupr.staf", "dinkes.kepala", "dinkes.staf", "bupati")
                .contains("DEMO");
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        StaffAccount account = account("nonaktif.uji");
        accounts.change(account.id(), new AccountChange(account.email(), account.displayName(), account.role(),
                account.agencyCode(), false));
        assertThat(login("nonaktif.uji", "rahasia-panjang-1")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?disabled");
    }
}
