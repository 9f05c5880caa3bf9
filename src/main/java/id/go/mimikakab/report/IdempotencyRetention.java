package id.go.mimikakab.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys older than {@code mimika.report.idempotency-retention} (7 days by default), on one node at
 * a time: a client retries a submission within minutes, so a week-old key only takes space, and the stored first
 * answers would otherwise grow with every keyed submission for ever. A retry after that is a new submission.
 */
@Component
class IdempotencyRetention {

    /** Rows deleted per statement, so a first purge of a large table holds no lock for long. */
    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(IdempotencyRetention.class);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Clock clock;

    IdempotencyRetention(JdbcClient jdbc, ReportProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.retention = properties.idempotencyRetention();
        this.clock = clock;
    }

    /** Deletes the keys claimed before the retention. */
    @Scheduled(fixedDelayString = "${mimika.report.purge-interval:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "idempotency-purge", lockAtMostFor = "PT30M")
    public void purge() {
        Instant before = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                            delete from idempotency_record where idempotency_key in (
                                select idempotency_key from idempotency_record where created_at < :before limit :batch)""")
                    .param("before", ReportStore.utc(before))
                    .param("batch", BATCH)
                    .update();
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Forgot {} idempotency keys claimed before {}", total, before);
        }
    }
}
