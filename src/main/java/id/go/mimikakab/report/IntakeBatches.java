package id.go.mimikakab.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores new reports in batches (group commit): submissions that arrive together share one transaction, a few
 * batched statements and one commit, and each submitter gets its answer only after that commit. A submitter that
 * waited too long takes its report back only if no writer has taken it yet; once a writer has it, that batch's
 * outcome is the answer, so a report is never stored by a batch and again on its own.
 */
@Component
class IntakeBatches implements DisposableBean {

    static final int MAX_BATCH = 64;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(IntakeBatches.class);

    /**
     * A new report waiting for its batch, with the idempotency key it claims (or none) and its first answer; it is
     * either taken by a writer or withdrawn by its submitter, never both.
     */
    record Pending(Report report, String key, String requestHash, String answerJson, CompletableFuture<Void> stored,
            AtomicInteger state) {

        private static final int QUEUED = 0;
        private static final int TAKEN = 1;
        private static final int WITHDRAWN = 2;

        Pending(Report report, String key, String requestHash, String answerJson) {
            this(report, key, requestHash, answerJson, new CompletableFuture<>(), new AtomicInteger(QUEUED));
        }

        /** A writer takes it into a batch; false when its submitter withdrew it. */
        boolean take() {
            return state.compareAndSet(QUEUED, TAKEN);
        }

        /** Its submitter takes it back to store it on its own; false when a writer already has it. */
        boolean withdraw() {
            return state.compareAndSet(QUEUED, WITHDRAWN);
        }
    }

    /** A writer took the report but its batch neither committed nor failed in time: it may still be stored. */
    static final class OutcomeUnknown extends IllegalStateException {
        OutcomeUnknown(String message) {
            super(message);
        }
    }

    /** Why a submission was handed back to be stored on its own. */
    static final class NotBatched extends RuntimeException {
        NotBatched(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ReportStore store;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Duration longestWait;
    private final DistributionSummary batchSizes;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean open = true;

    @Autowired
    IntakeBatches(ReportStore store, JdbcTemplate jdbc, TransactionTemplate transactions, ReportProperties properties,
            MeterRegistry meters) {
        this(store, jdbc, transactions, properties.intakeWriters(), LONGEST_WAIT, meters);
    }

    IntakeBatches(ReportStore store, JdbcTemplate jdbc, TransactionTemplate transactions, int writerThreads,
            Duration longestWait, MeterRegistry meters) {
        this.store = store;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.longestWait = longestWait;
        this.batchSizes = DistributionSummary.builder("mimika.report.intake.batch")
                .description("Reports stored together in one committed intake batch").baseUnit("reports").register(meters);
        for (int i = 1; i <= writerThreads; i++) {
            Thread writer = new Thread(this::writeWhileOpen, "intake-writer-" + i);
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /** False when batching is switched off ({@code mimika.report.intake-writers=0}) or the application is stopping. */
    boolean enabled() {
        return open && !writers.isEmpty();
    }

    /**
     * Stores the report with the next batch and returns once that batch has committed. A report no writer took within
     * the longest wait is withdrawn (it may then be stored on its own); one a writer took is waited for as long again,
     * and if its batch has still not ended the outcome is unknown: storing it on its own could store it twice.
     *
     * @throws RuntimeException whatever stopped the batch, {@link NotBatched} when the report must be stored on its own
     *         (it is not stored by any batch), or {@link OutcomeUnknown}
     */
    void store(Pending pending) {
        if (!enabled()) {
            throw new NotBatched("batching is off");
        }
        queue.add(pending);
        try {
            awaitBatch(pending);
        } catch (TimeoutException notYet) {
            if (pending.withdraw()) {
                queue.remove(pending);
                throw new NotBatched("no writer took the report within " + longestWait.toMillis() + " ms");
            }
            try {
                awaitBatch(pending);
            } catch (TimeoutException stillRunning) {
                throw new OutcomeUnknown("The report's batch did not end within " + longestWait.multipliedBy(2).toMillis()
                        + " ms; it may still be stored");
            }
        }
    }

    private void awaitBatch(Pending pending) throws TimeoutException {
        try {
            pending.stored().get(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutcomeUnknown("Interrupted while the report's batch was stored");
        }
    }

    private void writeWhileOpen() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (open) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Stores one batch in one transaction and tells every submitter how it went. Two submissions under the same
     * idempotency key never share a batch: the later one goes back, to replay the earlier one's answer once stored.
     */
    void write(List<Pending> batch) {
        List<Pending> accepted = new ArrayList<>(batch.size());
        Set<String> keys = new HashSet<>();
        for (Pending p : batch) {
            if (!p.take()) {
                continue;
            }
            if (p.key() == null || keys.add(p.key())) {
                accepted.add(p);
            } else {
                p.stored().completeExceptionally(new NotBatched("key already in this batch"));
            }
        }
        try {
            transactions.executeWithoutResult(tx -> {
                List<Object[]> claims = new ArrayList<>();
                for (Pending p : accepted) {
                    if (p.key() != null) {
                        claims.add(new Object[] { p.key(), p.requestHash(), p.report().ticket().value(), p.answerJson(),
                            ReportStore.utc(p.report().submittedAt()) });
                    }
                }
                if (!claims.isEmpty()) {
                    jdbc.batchUpdate(ReportIntake.CLAIM_KEY, claims);
                }
                store.insertAll(accepted.stream().map(Pending::report).toList());
            });
        } catch (RuntimeException | Error failure) {
            log.debug("A batch of {} reports was not stored; each is stored on its own", accepted.size(), failure);
            accepted.forEach(p -> p.stored().completeExceptionally(failure));
            return;
        }
        if (!accepted.isEmpty()) {
            batchSizes.record(accepted.size());
        }
        accepted.forEach(p -> p.stored().complete(null));
    }

    @Override
    public void destroy() throws InterruptedException {
        open = false;
        for (Thread writer : writers) {
            writer.join(longestWait.toMillis());
        }
        for (Pending left; (left = queue.poll()) != null; ) {
            if (left.withdraw()) {
                left.stored().completeExceptionally(new NotBatched("stopping"));
            }
        }
    }
}
