package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.testing.MutableClock;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mails to reporters go through the outbox to a real SMTP server (GreenMail on a free local port), survive
 * the server being down, and never leave twice.
 */
@SpringBootTest
@Import(MutableClock.Configuration.class)
class ReporterMailIntegrationTests {

    private static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ReportIntake intake;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private GreenMail smtp;

    @BeforeEach
    void startTheMailServerWithAnEmptyOutbox() throws Exception {
        clock.set("2031-03-03T10:00+09:00");
        smtp = startSmtp();
        dispatcher.dispatchDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    @Test
    void routingAReportTellsTheReporterByMailWithTheTrackingLinkAndWithoutThePin() throws Exception {
        String email = uniqueAddress();
        Receipt receipt = submit(email, true);
        awaitQueued(email, 1);
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(receipt.ticket()), new AgencyCode("PUPR"));
        awaitQueued(email, 2);

        assertThat(dispatcher.dispatchDue()).isPositive();

        List<MimeMessage> received = receivedBy(email);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getSubject()).isEqualTo("Laporan " + receipt.ticket() + " sudah kami terima");
        MimeMessage mail = received.get(1);
        String body = (String) mail.getContent();
        assertThat(mail.getSubject()).isEqualTo("Laporan " + receipt.ticket() + " diteruskan ke "
                + "Dinas Pekerjaan Umum dan Penataan Ruang");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@mimikakab.go.id");
        assertThat(body).contains("http://localhost:8080/lacak/" + receipt.ticket())
                .contains("Senin, 10 Maret 2031, 23.59 WIT")
                .contains("PIN tidak pernah dikirim");
        assertThat(receipt.pin()).isNotBlank();
        assertThat(body).doesNotContain(receipt.pin());
    }

    @Test
    void keepsTheMessageWhileTheMailServerIsDownAndDeliversItOnceTheServerIsBack() throws Exception {
        smtp.stop();
        String email = uniqueAddress();
        Receipt receipt = submit(email, false);
        awaitQueued(email, 1);

        dispatcher.dispatchDue();

        Row waiting = row(email);
        assertThat(waiting.sentAt()).isNull();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        dispatcher.dispatchDue();
        assertThat(row(email).attempts()).as("not due again before its wait is over").isEqualTo(1);

        smtp = startSmtp();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();

        Row sent = row(email);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(single(receivedBy(email)).getSubject()).contains(receipt.ticket());
    }

    @Test
    void neverSendsAMessageTwiceWhenTwoDispatchersRunAtOnce() throws Exception {
        String email = uniqueAddress();
        for (int i = 1; i <= 40; i++) {
            outbox.enqueue(NotificationChannel.EMAIL, email, "Pesan " + i, "Isi pesan " + i);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return dispatcher.dispatchDue();
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<MimeMessage> received = receivedBy(email);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : received) {
            subjects.add(mail.getSubject());
        }
        assertThat(subjects).hasSize(40).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from notification_outbox where recipient = :r and sent_at is not null and attempts = 1")
                .param("r", email).query(Long.class).single()).isEqualTo(40);
    }

    @Test
    void onlyOneOfTwoClaimsOfTheSameAttemptWins() {
        String email = uniqueAddress();
        outbox.enqueue(NotificationChannel.EMAIL, email, "Pesan", "Isi pesan");
        Instant now = clock.instant();
        OutboxMessage read = outbox.due(now, List.of(NotificationChannel.EMAIL), 20, 10_000).stream()
                .filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();

        assertThat(outbox.claim(read, now, now.plus(NotificationDispatcher.CLAIM))).isNotNull();
        assertThat(outbox.claim(read, now, now.plus(NotificationDispatcher.CLAIM))).isNull();
    }

    @Test
    void theScheduledRunHoldsTheClusterWideLockInTheDatabase() throws Exception {
        String email = uniqueAddress();
        outbox.enqueue(NotificationChannel.EMAIL, email, "Pesan terjadwal", "Isi pesan");

        dispatcher.dispatchOnSchedule();

        assertThat(receivedBy(email)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'notification-dispatch'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void leavesMessagesOfAChannelWithoutSenderQueued() {
        String phone = "+62812" + (System.nanoTime() % 100_000_000L);
        outbox.enqueue(NotificationChannel.SMS, phone, "Tiket", "Laporan Anda sudah diteruskan");

        dispatcher.dispatchDue();

        Row queued = row(phone);
        assertThat(queued.sentAt()).isNull();
        assertThat(queued.attempts()).isZero();
    }

    private Receipt submit(String email, boolean confidential) {
        return intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang besar di depan pasar lama",
                "94.04.01", "94.04.01.1001", null, null, null, false, confidential, "Yohanes", null, email),
                Channel.WEB, null, null);
    }

    /** Notices are queued once the change has committed, by a listener of their own. */
    private void awaitQueued(String email, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from notification_outbox where recipient = :r")
                .param("r", email).query(Long.class).single() >= count);
    }

    private List<MimeMessage> receivedBy(String email) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email))) {
                mine.add(mail);
            }
        }
        return mine;
    }

    private static MimeMessage single(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private Row row(String recipient) {
        return jdbc.sql("select attempts, next_attempt_at, sent_at, last_error from notification_outbox where recipient = :r")
                .param("r", recipient)
                .query((rs, n) -> new Row(rs.getInt("attempts"), instant(rs.getObject("next_attempt_at", OffsetDateTime.class)),
                        instant(rs.getObject("sent_at", OffsetDateTime.class)), rs.getString("last_error")))
                .single();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static String uniqueAddress() {
        return "pelapor-" + UUID.randomUUID() + "@contoh.id";
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test SMTP server", e);
        }
    }

    private record Row(int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }
}
