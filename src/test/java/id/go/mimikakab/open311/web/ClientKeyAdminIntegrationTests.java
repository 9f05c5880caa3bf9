package id.go.mimikakab.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import id.go.mimikakab.open311.ClientKey;
import id.go.mimikakab.open311.ClientKeys;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Administrators issue a key per client application, shown once and kept only as a hash, and revoke it; audited. */
@SpringBootTest
@AutoConfigureMockMvc
class ClientKeyAdminIntegrationTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ClientKeys keys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorIssuesAKeyThatIsShownOnceAndStoredOnlyAsItsHash() {
        String client = "FixMyStreet " + UUID.randomUUID().toString().substring(0, 8);
        MvcTestResult issued = mvc.post().uri("/admin/open311").header("Authorization", "Bearer demo-admin")
                .param("clientName", client).exchange();
        assertThat(issued).hasStatus3xxRedirection();
        String secret = (String) issued.getMvcResult().getFlashMap().get("newSecret");
        assertThat(secret).startsWith("o311_").hasSizeGreaterThan(40);
        assertThat(keys.authenticate(secret)).hasValueSatisfying(k -> {
            assertThat(k.clientName()).isEqualTo(client);
            assertThat(k.createdBy()).isEqualTo("admin");
        });
        assertThat(jdbc.sql("select count(*) from open311_client_key where key_hash = :s or key_hint = :s").param("s", secret)
                .query(Long.class).single()).isZero();
        assertThat(mvc.get().uri("/admin/open311").header("Authorization", "Bearer demo-admin"))
                .hasStatusOk().bodyText().contains(client).doesNotContain(secret);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'OPEN311_KEY_ISSUED' and after_value like :name")
                .param("name", "%" + client + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRevokedKeyIsRefusedAndTheRevocationIsAudited() {
        ClientKey key = keys.issue("Sistem lain " + UUID.randomUUID().toString().substring(0, 8)).key();
        assertThat(mvc.post().uri("/admin/open311/" + key.id() + "/cabut").header("Authorization", "Bearer demo-admin"))
                .hasStatus3xxRedirection();
        assertThat(keys.all()).filteredOn(k -> k.id() == key.id()).singleElement()
                .satisfies(k -> assertThat(k.revokedBy()).isEqualTo("admin"));
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'OPEN311_KEY_REVOKED' and target_id = :id")
                .param("id", Long.toString(key.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEmptyNameIsRefusedOnThePage() {
        MvcTestResult refused = mvc.post().uri("/admin/open311").header("Authorization", "Bearer demo-admin")
                .param("clientName", " ").exchange();
        Map<String, Object> flash = refused.getMvcResult().getFlashMap();
        assertThat(flash).containsEntry("problem", "open311.keys.name.invalid").doesNotContainKey("newSecret");
    }

    @Test
    void onlyAdministratorsReachTheKeys() {
        assertThat(mvc.get().uri("/admin/open311").header("Authorization", "Bearer demo-mcc")).hasStatus(403);
        assertThat(mvc.post().uri("/admin/open311").header("Authorization", "Bearer demo-bupati").param("clientName", "x"))
                .hasStatus(403);
    }

    @Test
    void demoModeOpensThePublishedKey() {
        assertThat(keys.authenticate(ClientKeys.DEMO_KEY)).isPresent();
    }
}
