package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class AccessTokenIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    id.go.mimikakab.audit.AuditTrail audit;

    @Test
    void aNewTokenWorksUntilItsOwnerRevokesIt() {
        StaffMember admin = accounts.findByUsername("admin").orElseThrow().member();
        IssuedToken issued = tokens.issue(admin, "skrip cadangan");
        assertThat(issued.secret()).startsWith("mka_").hasSizeGreaterThan(40);

        assertThat(mvc.get().uri("/api/v1/admin/audit/verification").header("Authorization", "Bearer " + issued.secret()))
                .hasStatusOk();
        tokens.revoke(admin, issued.token().id());
        assertThat(mvc.get().uri("/api/v1/admin/audit/verification").header("Authorization", "Bearer " + issued.secret()))
                .hasStatus(401).headers().hasValue("WWW-Authenticate", "Bearer");
    }

    @Test
    void changesMadeWithATokenAreAuditedUnderTheUsername() {
        assertThat(mvc.post().uri("/profil/token").header("Authorization", "Bearer demo-dinkes.staf").param("name", "tablet"))
                .hasStatus3xxRedirection();
        var history = audit.historyOf("account", "dinkes.staf");
        assertThat(history.get(history.size() - 1).actor()).isEqualTo("dinkes.staf");
    }

    @Test
    void storesOnlyAHashOfTheSecret() {
        StaffMember mcc = accounts.findByUsername("mcc").orElseThrow().member();
        IssuedToken issued = tokens.issue(mcc, "dasbor dinding");
        long matches = jdbc.sql("select count(*) from access_token where token_hash = :s or token_hint = :s")
                .param("s", issued.secret()).query(Long.class).single();
        assertThat(matches).isZero();
        assertThat(tokens.of(mcc.id())).anySatisfy(t -> assertThat(t.hint()).isEqualTo(issued.secret().substring(0, 8)));
    }

    @Test
    void nobodyCanRevokeAnotherPersonsToken() {
        StaffMember admin = accounts.findByUsername("admin").orElseThrow().member();
        StaffMember staff = accounts.findByUsername("pupr.staf").orElseThrow().member();
        IssuedToken issued = tokens.issue(admin, "milik admin");
        assertThatThrownBy(() -> tokens.revoke(staff, issued.token().id())).hasMessageContaining("No token");
        assertThat(tokens.authenticate(issued.secret())).contains(admin);
    }

    @Test
    void anUnknownTokenIsRefusedWithProblemDetails() {
        assertThat(mvc.get().uri("/profil").header("Authorization", "Bearer tidak-ada"))
                .hasStatus(401).bodyText().contains("\"status\":401");
    }

    @Test
    void theProfilePageIssuesATokenAndShowsItOnce() {
        var result = mvc.post().uri("/profil/token").header("Authorization", "Bearer demo-pupr.staf").param("name", "ponsel").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result).flash().containsKey("newSecret");
        assertThat(mvc.get().uri("/profil").header("Authorization", "Bearer demo-pupr.staf")).hasStatusOk()
                .bodyText().contains("ponsel").doesNotContain((String) result.getMvcResult().getFlashMap().get("newSecret"));
    }
}
