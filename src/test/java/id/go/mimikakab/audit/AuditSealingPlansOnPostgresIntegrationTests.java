package id.go.mimikakab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.go.mimikakab.testing.PostgresTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sealing stays cheap with a backlog: after the statistics saw every entry sealed and thousands more then arrived, the
 * sealing job still finds the waiting entries through their own index and writes each one by its key, instead of
 * walking all the waiting entries for each one it seals (decision 178).
 */
@PostgresTest
@SpringBootTest
class AuditSealingPlansOnPostgresIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private String plan(String sql) {
        List<String> lines = jdbc.sql("explain " + sql).query(String.class).list();
        return String.join("\n", lines);
    }

    @Test
    void aBacklogOfUnsealedEntriesIsSealedEntryByEntryThroughTheKey() {
        audit.sealPending();
        jdbc.sql("analyze audit_record").update();
        jdbc.sql("""
                insert into audit_record (recorded_at, actor, action, target_type, target_id)
                select now(), 'penguji', 'TEST_RECORDED', 'test', 'backlog-' || n from generate_series(1, 5000) n""").update();

        assertThat(plan("update audit_record set chain_pos = 1, previous_hash = 'a', entry_hash = 'b' where id = 42 and chain_pos is null"))
                .as("found by its key").contains("Index Cond: (id = 42)").doesNotContain("audit_record_chain_pos_uq");
        assertThat(plan("select * from audit_record where chain_pos is null order by id limit 1000"))
                .contains("audit_record_unsealed_idx");
        audit.sealPending();
        assertThat(jdbc.sql("select count(*) from audit_record where chain_pos is null").query(Long.class).single()).isZero();
    }
}
