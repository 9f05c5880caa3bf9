package id.go.mimikakab.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.NotificationOutbox;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.testing.HandledEvents;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A notice that fails (here: the outbox refuses it, as a database briefly away would) never undoes the citizen's
 * report, alone or in an intake batch; the event stays in the publication registry, and once
 * {@link EventRedelivery} hands it again the notice is queued, once, however often it is handed; on H2 and
 * PostgreSQL.
 */
abstract class EventRedeliveryContract {

    @MockitoSpyBean
    NotificationOutbox outbox;
    @Autowired
    EventRedelivery redelivery;
    @Autowired
    ReportIntake intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void aQuietRegistry() {
        clock.set("2031-03-03T10:00+09:00");
        HandledEvents.await(jdbc);
    }

    @Test
    void aFailingNoticeLeavesTheReportStoredAndIsQueuedOnceAfterRedelivery() {
        String email = address();
        doThrow(new IllegalStateException("the outbox is away")).doCallRealMethod()
                .when(outbox).enqueueOnce(any(), any(), eq(email), any(), any());

        Receipt receipt = submit(email, "Lampu jalan mati sepanjang jalan Budi Utomo");

        assertThat(reportsWithTicket(receipt.ticket())).as("the report is stored").isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> failedNotices(receipt.ticket()) == 1);
        assertThat(mailsTo(email)).as("nothing queued yet").isZero();
        clock.advance(Duration.ofMinutes(1));
        redelivery.redeliver();
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email) == 1);
        HandledEvents.await(jdbc);
        assertThat(failedNotices(receipt.ticket())).as("handled, so no longer kept").isZero();

        clock.advance(Duration.ofMinutes(1));
        redelivery.redeliver();
        HandledEvents.await(jdbc);
        assertThat(mailsTo(email)).as("never twice").isEqualTo(1);
    }

    @Test
    void aNoticeWhoseNodeStoppedWhileHandlingItIsHandedAgainOnceItIsOverdue() {
        String email = address();
        doThrow(new IllegalStateException("the outbox is away")).doCallRealMethod()
                .when(outbox).enqueueOnce(any(), any(), eq(email), any(), any());
        Receipt receipt = submit(email, "Pipa air bocor di depan puskesmas");
        await().atMost(Duration.ofSeconds(10)).until(() -> failedNotices(receipt.ticket()) == 1);
        // as the registry leaves it when the node handling it is killed
        jdbc.sql("update event_publication set status = 'PROCESSING' where serialized_event like :t and listener_id like '%ReportNotices%'")
                .param("t", "%" + receipt.ticket() + "%").update();

        clock.advance(EventRedelivery.MIN_AGE.minusSeconds(1));
        redelivery.redeliver();
        assertThat(mailsTo(email)).as("it may still be under way on a live node").isZero();

        clock.advance(Duration.ofSeconds(2));
        redelivery.redeliver();
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email) == 1);
    }

    @Test
    void aNoticeHandledTwiceIsQueuedOnce() {
        String email = address();
        submit(email, "Sampah menumpuk di depan pasar sentral");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email) == 1);
        String key = jdbc.sql("select dedupe_key from notification_outbox where recipient = :r").param("r", email)
                .query(String.class).single();

        assertThat(outbox.enqueueOnce(key, NotificationChannel.EMAIL, email, "Lagi", "Lagi"))
                .as("the same event, notice and recipient, as a second handling of the event queues it").isFalse();
        assertThat(mailsTo(email)).isEqualTo(1);
    }

    @Test
    void failingNoticesNeverRollBackAnIntakeBatch() throws Exception {
        String tag = UUID.randomUUID().toString();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String email = address();
            addresses.add(email);
            doThrow(new IllegalStateException("the outbox is away")).when(outbox).enqueueOnce(any(), any(), eq(email), any(), any());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Receipt>> answers = new ArrayList<>();
        try {
            for (String email : addresses) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return submit(email, "Jalan berlubang di kampung " + tag);
                }));
            }
            start.countDown();
            for (Future<Receipt> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS).ticket()).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("select count(*) from report where description like :d").param("d", "%" + tag + "%")
                .query(Long.class).single()).as("every report stored").isEqualTo(12);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where status = 'FAILED' and listener_id like '%ReportNotices%' and serialized_event like :d""")
                .param("d", "%" + tag + "%").query(Long.class).single() == 12);
        for (String email : addresses) {
            assertThat(mailsTo(email)).isZero();
        }

        Mockito.reset(outbox);
        clock.advance(Duration.ofMinutes(1));
        redelivery.redeliver();
        await().atMost(Duration.ofSeconds(20)).until(() -> addresses.stream().allMatch(email -> mailsTo(email) == 1));
    }

    private Receipt submit(String email, String description) {
        return intake.submit(new ReportSubmission("COMPLAINT", "JALAN", description, "94.04.01", "94.04.01.1002", null,
                null, null, false, false, null, null, email), Channel.WEB, null, null);
    }

    private long reportsWithTicket(String ticket) {
        return jdbc.sql("select count(*) from report where ticket = :t").param("t", ticket).query(Long.class).single();
    }

    private long failedNotices(String ticket) {
        return jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and status = 'FAILED' and listener_id like '%ReportNotices%'
                  and serialized_event like :t""").param("t", "%" + ticket + "%").query(Long.class).single();
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from notification_outbox where recipient = :r").param("r", email)
                .query(Long.class).single();
    }

    private static String address() {
        return "warga-" + UUID.randomUUID() + "@contoh.id";
    }
}
