package id.go.mimikakab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import id.go.mimikakab.testing.PostgresTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL the audit trail is append-only in the database itself: an entry cannot be changed or removed, before
 * sealing or after, by the application or by anyone else holding its credentials; only sealing writes the chain.
 */
@PostgresTest
@SpringBootTest
class AuditAppendOnlyOnPostgresIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private String recordUnsealed() {
        String target = "append-only-" + UUID.randomUUID();
        audit.recordAs("penguji", "TEST_RECORDED", "test", target, null, Map.of("value", 1));
        assertThat(jdbc.sql("select count(*) from audit_record where target_id = :t and chain_pos is null").param("t", target)
                .query(Long.class).single()).as("the entry waits for sealing").isEqualTo(1);
        return target;
    }

    @Test
    void anEntryWaitingForSealingCannotBeDeleted() {
        String target = recordUnsealed();

        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where target_id = :t").param("t", target).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.sql("select count(*) from audit_record where target_id = :t").param("t", target).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anEntryWaitingForSealingCannotBeChanged() {
        String target = recordUnsealed();

        assertThatThrownBy(() -> jdbc.sql("update audit_record set after_value = '{\"value\":2}' where target_id = :t")
                .param("t", target).update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void sealingStillWritesTheChainAndASealedEntryCannotBeChangedOrTruncated() {
        String target = recordUnsealed();

        assertThat(audit.verify().intact()).isTrue();

        assertThat(jdbc.sql("select entry_hash from audit_record where target_id = :t").param("t", target).query(String.class)
                .single()).isNotNull();
        assertThatThrownBy(() -> jdbc.sql("update audit_record set entry_hash = null, chain_pos = null where target_id = :t")
                .param("t", target).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_record").update()).isInstanceOf(DataAccessException.class);
    }
}
