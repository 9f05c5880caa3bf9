package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A production-like install: no demo mode, no administrator configured, so the one-time setup link is the way in. */
@SpringBootTest(properties = {
        "mimika.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:mimika-nondemo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class NonDemoInstallIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    FirstAdministrator first;

    @Test
    void hasNoDemoAccountsNoDemoTokensAndNoDemoMark() {
        assertThat(accounts.findByUsername("admin")).isEmpty();
        assertThat(accounts.findByUsername("bupati")).isEmpty();
        assertThat(mvc.get().uri("/api/v1/admin/audit/verification").header("Authorization", "Bearer demo-admin")).hasStatus(401);
        assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().doesNotContain("DEMO");
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().doesNotContain("Akun demo");
    }

    @Test
    void theFirstAdministratorIsOpenedOnceThroughTheSetupLink() {
        String secret = first.newSetupLink();
        assertThat(mvc.get().uri("/setup/" + secret)).hasStatusOk().bodyText().contains("Administrator pertama");
        assertThat(mvc.post().uri("/setup/" + secret).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", "kominfo.admin").param("displayName", "Admin Kominfo")
                .param("email", "admin@mimikakab.go.id").param("password", "panjang-sekali-123")
                .param("passwordRepeat", "panjang-sekali-123"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?setup");
        assertThat(accounts.findByUsername("kominfo.admin")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ADMIN));
        assertThat(mvc.get().uri("/setup/" + secret)).hasStatusOk().bodyText().contains("tidak berlaku lagi");
        assertThat(first.linkValid(first.newSetupLink())).isFalse();
    }
}
