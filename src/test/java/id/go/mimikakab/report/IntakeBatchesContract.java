package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.go.mimikakab.calendar.HolidayCalendar;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reports stored together in one batch are stored exactly as one by one, all or none, a submission that a batch
 * cannot take is still stored once, and parallel submissions really share batches; run on H2 and PostgreSQL.
 */
abstract class IntakeBatchesContract {

    @Autowired
    IntakeBatches batches;

    @Autowired
    ReportIntake intake;

    @Autowired
    SlaPolicies policies;

    @Autowired
    HolidayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MeterRegistry meters;

    private static ReportSubmission pothole(String tag) {
        return new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang dalam di depan sekolah " + tag, "94.04.01",
                "94.04.01.1008", null, null, null, false, false, null, null, null);
    }

    private IntakeBatches.Pending pending(String tag, String key) {
        NewReport content = intake.check(pothole(tag));
        Report report = Report.submit(TicketNumber.random(), content, Channel.API, null, Instant.now(), policies.of("JALAN"),
                calendar.workingDays());
        String answer = json.writeValueAsString(ReportIntake.StoredAnswer.of(report));
        return new IntakeBatches.Pending(report, key, key == null ? null : intake.requestHash(content, Channel.API, null, List.of()),
                key == null ? null : answer);
    }

    private long count(String sql, String ticket) {
        return jdbc.sql(sql).param("t", ticket).query(Long.class).single();
    }

    private boolean stored(String ticket) {
        return count("select count(*) from report where ticket = :t", ticket) == 1;
    }

    @Test
    void aBatchStoresEveryReportWithItsTimelineEntryAuditEntryAndKey() {
        String tag = UUID.randomUUID().toString();
        List<IntakeBatches.Pending> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(pending(tag + "-" + i, i % 2 == 0 ? tag + "-key-" + i : null));
        }

        batches.write(batch);

        for (IntakeBatches.Pending p : batch) {
            String ticket = p.report().ticket().value();
            assertThat(p.stored()).isCompleted();
            assertThat(jdbc.sql("select c.stage from report r join work_case c on c.id = r.case_id where r.ticket = :t").param("t", ticket).query(String.class).single())
                    .isEqualTo("SUBMITTED");
            assertThat(count("select count(*) from report_event e join report r on r.id = e.report_id"
                    + " where r.ticket = :t and e.action = 'SUBMITTED' and e.actor = 'warga'", ticket)).isEqualTo(1);
            assertThat(count("select count(*) from audit_record where target_type = 'report' and target_id = :t"
                    + " and action = 'REPORT_SUBMITTED'", ticket)).isEqualTo(1);
            assertThat(count("select count(*) from idempotency_record where ticket = :t", ticket))
                    .isEqualTo(p.key() == null ? 0 : 1);
        }
        IntakeBatches.Pending keyed = batch.get(0);
        Receipt retry = intake.submit(pothole(tag + "-0"), Channel.API, null, keyed.key());
        assertThat(retry.ticket()).as("a retry under a key stored in a batch gets the batch's ticket")
                .isEqualTo(keyed.report().ticket().value());
    }

    @Test
    void aBatchWithATakenKeyStoresNoneOfItsReportsAndTellsEverySubmitter() {
        String tag = UUID.randomUUID().toString();
        IntakeBatches.Pending earlier = pending(tag + "-first", tag);
        batches.write(List.of(earlier));
        IntakeBatches.Pending innocent = pending(tag + "-other", null);
        IntakeBatches.Pending clash = pending(tag + "-again", tag);

        batches.write(List.of(innocent, clash));

        for (IntakeBatches.Pending p : List.of(innocent, clash)) {
            assertThat(p.stored()).isCompletedExceptionally();
            assertThat(stored(p.report().ticket().value())).isFalse();
        }
        assertThatThrownBy(() -> innocent.stored().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(DataAccessException.class);
        assertThat(stored(earlier.report().ticket().value())).isTrue();
    }

    @Test
    void aReportInAVillageTheRegionsDoNotKnowIsRefusedByItsCaseAndNothingOfItIsStored() {
        NewReport checked = intake.check(pothole(UUID.randomUUID().toString()));
        NewReport unknownVillage = new NewReport(checked.kind(), checked.categoryCode(), checked.description(),
                checked.districtCode(), "94.04.01.9999", null, null, null, false, false, null, null, null);
        Report report = Report.submit(TicketNumber.random(), unknownVillage, Channel.API, null, Instant.now(),
                policies.of("JALAN"), calendar.workingDays());
        IntakeBatches.Pending pending = new IntakeBatches.Pending(report, null, null, null);

        batches.write(List.of(pending));

        assertThat(pending.stored()).as("the case's key to the regions refuses the village (decision 179)")
                .isCompletedExceptionally();
        String ticket = report.ticket().value();
        assertThat(stored(ticket)).isFalse();
        assertThat(count("select count(*) from work_case where reference = :t", ticket)).isZero();
    }

    @Test
    void twoSubmissionsUnderOneKeyNeverShareABatch() {
        String key = UUID.randomUUID().toString();
        IntakeBatches.Pending first = pending(key + "-a", key);
        IntakeBatches.Pending second = pending(key + "-b", key);

        batches.write(List.of(first, second));

        assertThat(first.stored()).isCompleted();
        assertThat(stored(first.report().ticket().value())).isTrue();
        assertThat(second.stored()).isCompletedExceptionally();
        assertThat(stored(second.report().ticket().value())).isFalse();
    }

    @Test
    void fortyParallelSubmissionsAndARetryAreEachStoredOnce() throws Exception {
        DistributionSummary batchSizes = meters.get("mimika.report.intake.batch").summary();
        long batchesBefore = batchSizes.count();
        double batchedBefore = batchSizes.totalAmount();
        String tag = UUID.randomUUID().toString();
        Receipt original = intake.submit(pothole(tag + "-retried"), Channel.API, null, tag + "-retried");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Receipt>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String suffix = "-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return intake.submit(pothole(tag + suffix), Channel.API, null, tag + suffix);
            }));
        }
        Future<Receipt> retry = pool.submit(() -> {
            start.await();
            return intake.submit(pothole(tag + "-retried"), Channel.API, null, tag + "-retried");
        });
        start.countDown();
        List<String> tickets = new ArrayList<>();
        for (Future<Receipt> answer : answers) {
            tickets.add(answer.get().ticket());
        }
        pool.shutdown();

        assertThat(retry.get().ticket()).isEqualTo(original.ticket());
        assertThat(tickets).doesNotHaveDuplicates().doesNotContain(original.ticket());
        assertThat(jdbc.sql("select count(*) from report where description like :d").param("d", "%" + tag + "%")
                .query(Long.class).single()).isEqualTo(41);
        assertThat(jdbc.sql("select count(*) from report_event e join report r on r.id = e.report_id where r.description like :d")
                .param("d", "%" + tag + "%").query(Long.class).single()).isEqualTo(41);
        for (String ticket : tickets) {
            assertThat(count("select count(*) from audit_record where target_id = :t and action = 'REPORT_SUBMITTED'", ticket))
                    .as(ticket).isEqualTo(1);
        }
        assertThat(batchSizes.totalAmount() - batchedBefore)
                .as("more reports were stored in batches than there were batches: at least one batch held several")
                .isGreaterThan(batchSizes.count() - batchesBefore);
    }
}
