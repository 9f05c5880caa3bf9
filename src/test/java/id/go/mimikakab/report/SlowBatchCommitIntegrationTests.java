package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A batch whose commit takes longer than a submitter waits for it: the submission is still stored once, with or
 * without an idempotency key (before the fix, a submission without a key was stored a second time on its own).
 */
@SpringBootTest(properties = "mimika.report.intake-wait=PT0.2S")
@Import(SlowBatchCommitIntegrationTests.SlowCommit.class)
class SlowBatchCommitIntegrationTests {

    static final String SLOW = "lambat-";

    @Autowired
    ReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SlowCommit slowCommit;

    /** Holds the first transaction that publishes a marked report for a second, as a slow disk or a busy database would. */
    @TestConfiguration
    static class SlowCommit {

        final AtomicBoolean slowed = new AtomicBoolean();
        final CountDownLatch finished = new CountDownLatch(1);

        @Bean
        Object slowCommitListener() {
            return new Object() {
                @EventListener
                void on(ReportEvent changed) throws InterruptedException {
                    if (changed.reporterEmail() != null && changed.reporterEmail().startsWith(SLOW)
                            && slowed.compareAndSet(false, true)) {
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void afterCompletion(int status) {
                                finished.countDown();
                            }
                        });
                        Thread.sleep(1_000);
                    }
                }
            };
        }
    }

    private static ReportSubmission pothole(String tag, String email) {
        return new ReportSubmission("COMPLAINT", "JALAN", "Jalan amblas di tikungan " + tag, "94.04.01", "94.04.01.1008",
                null, null, null, false, false, "Warga", null, email);
    }

    @Test
    void aSubmissionWithoutAKeyWhoseBatchCommitsSlowlyIsStoredOnce() throws InterruptedException {
        String tag = SLOW + UUID.randomUUID();

        Receipt receipt = intake.submit(pothole(tag, tag + "@example.org"), Channel.API, null, null);

        assertThat(slowCommit.finished.await(10, TimeUnit.SECONDS)).as("the slow batch finished").isTrue();
        assertThat(jdbc.sql("select ticket from report where description like :d").param("d", "%" + tag + "%")
                .query(String.class).list()).containsExactly(receipt.ticket());
    }
}
