package id.go.mimikakab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    @WithMockUser(username = "auditor.test", roles = "ADMIN")
    void recordsWhoChangedAnAgencyWithTheValuesBeforeAndAfter() {
        Agency dlh = agencies.find("DLH").orElseThrow();
        agencies.change(new Agency("DLH", dlh.name(), "DLH Mimika", true, true));
        try {
            var history = audit.historyOf("agency", "DLH");
            AuditEntry entry = history.get(history.size() - 1);
            assertThat(entry.actor()).isEqualTo("auditor.test");
            assertThat(entry.action()).isEqualTo("AGENCY_CHANGED");
            assertThat(entry.before()).contains("\"shortName\":\"DLH\"").contains("\"confirmed\":false");
            assertThat(entry.after()).contains("\"shortName\":\"DLH Mimika\"").contains("\"confirmed\":true");
        } finally {
            agencies.change(dlh);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void namesTheFirstEntryWhoseContentWasEditedInTheDatabase() {
        audit.record("TEST_EVENT", "test", "tamper-content", null, "{\"value\":1}");
        audit.sealPending();
        long seq = lastSeq();
        String original = jdbc.sql("select after_value from audit_record where chain_pos = :seq").param("seq", seq)
                .query(String.class).single();
        jdbc.sql("update audit_record set after_value = '{\"value\":2}' where chain_pos = :seq").param("seq", seq).update();
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo("CONTENT_MISMATCH");
        } finally {
            jdbc.sql("update audit_record set after_value = :v where chain_pos = :seq").param("v", original).param("seq", seq).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void namesADeletedEntryAsTheFirstBrokenLink() {
        audit.record("TEST_EVENT", "test", "tamper-delete-1", null, null);
        audit.record("TEST_EVENT", "test", "tamper-delete-2", null, null);
        audit.sealPending();
        long seq = lastSeq() - 1;
        var removed = jdbc.sql("select * from audit_record where chain_pos = :seq").param("seq", seq).query().singleRow();
        jdbc.sql("delete from audit_record where chain_pos = :seq").param("seq", seq).update();
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo("MISSING_ENTRY");
        } finally {
            jdbc.sql("""
                            insert into audit_record (id, chain_pos, recorded_at, actor, action, target_type, target_id,
                                                      before_value, after_value, previous_hash, entry_hash)
                            values (:id, :chain_pos, :recorded_at, :actor, :action, :target_type, :target_id, :before_value,
                                    :after_value, :previous_hash, :entry_hash)""")
                    .params(removed)
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void entriesWrittenConcurrentlyAreAllSealedIntoOneUnbrokenChain() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            futures.add(pool.submit(() -> audit.recordAs("uji", "TEST_EVENT", "test", "parallel-" + n, null, null)));
            if (i % 50 == 0) {
                futures.add(pool.submit(audit::sealPending));
            }
        }
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.pendingEntries()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_record where target_id like 'parallel-%' and entry_hash is not null")
                .query(Long.class).single()).isEqualTo(200);
    }

    @Test
    void theVerificationEndpointIsForAdministratorsOnly() {
        assertThat(mvc.get().uri("/api/v1/admin/audit/verification").header("Authorization", "Bearer demo-admin"))
                .hasStatusOk().bodyJson().extractingPath("$.intact").isEqualTo(true);
        assertThat(mvc.get().uri("/api/v1/admin/audit/verification").header("Authorization", "Bearer demo-bupati"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit?periksa=true").header("Authorization", "Bearer demo-admin"))
                .hasStatusOk().bodyText().contains("Rantai utuh");
    }

    private long lastSeq() {
        return jdbc.sql("select max(chain_pos) from audit_record").query(Long.class).single();
    }
}
