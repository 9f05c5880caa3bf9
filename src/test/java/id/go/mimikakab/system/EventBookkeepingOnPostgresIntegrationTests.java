package id.go.mimikakab.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import id.go.mimikakab.testing.PostgresTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the registry's bookkeeping after a listener ran commits without waiting for the disk, and only that
 * bookkeeping: the setting ends with its transaction, so the next change on the same connection waits as before.
 */
@PostgresTest
@SpringBootTest
class EventBookkeepingOnPostgresIntegrationTests {

    @Autowired
    EventPublicationRepository publications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompletionCommitsWithoutWaitingForTheDiskAndTheNextTransactionAsTheServerSays() {
        String server = transactions.execute(status -> synchronousCommit());
        String during = transactions.execute(status -> {
            waitForTheDisk();
            publications.markCompleted(UUID.randomUUID(), Instant.now());
            return synchronousCommit();
        });
        String afterwards = transactions.execute(status -> synchronousCommit());

        assertThat(during).isEqualTo("off");
        assertThat(afterwards).as("the server's own setting (CI's throwaway cluster runs without disk waits)").isEqualTo(server);
    }

    @Test
    void aReadOfThePublicationsLeavesTheSettingAlone() {
        String during = transactions.execute(status -> {
            waitForTheDisk();
            publications.findIncompletePublications();
            return synchronousCommit();
        });

        assertThat(during).isEqualTo("on");
    }

    /** As production's server does, whatever the test server's setting. */
    private void waitForTheDisk() {
        jdbc.sql("set local synchronous_commit to on").update();
    }

    private String synchronousCommit() {
        return jdbc.sql("show synchronous_commit").query(String.class).single();
    }
}
