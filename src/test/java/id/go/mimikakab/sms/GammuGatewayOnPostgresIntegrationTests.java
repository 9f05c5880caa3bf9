package id.go.mimikakab.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.OutboxMessage;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.testing.GammuTables;
import id.go.mimikakab.testing.HandledEvents;
import id.go.mimikakab.testing.MutableClock;
import id.go.mimikakab.testing.PostgresTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SMS channel against Gammu's real tables on PostgreSQL, created from the file the Debian package ships: rows are
 * put into {@code inbox} as the daemon puts them, and what the program writes into {@code outbox} and
 * {@code outbox_multipart} is read back. The story of the issue: a text becomes a report whose ticket comes back,
 * {@code CEK} answers its status, the follow-up reaches the reporter by SMS; and each row is handled once.
 */
@PostgresTest
@SpringBootTest(properties = { "mimika.sms.batch-size=3", "mimika.sms.messages-per-sender-per-hour=5" })
@Import(MutableClock.Configuration.class)
class GammuGatewayOnPostgresIntegrationTests {

    private static final StaffMember OPERATOR = new StaffMember(9001, "operator-sms", "Operator MCC", Role.COMMAND_CENTER, null);
    private static final StaffMember PUPR = new StaffMember(9002, "pic-pupr-sms", "PIC PUPR", Role.AGENCY_STAFF, "PUPR");
    private static final Random RANDOM = new Random();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        Map<String, String> settings = GammuTables.freshGateway();
        settings.forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void dropGammusTables() {
        GammuTables.dropCreated();
    }

    @Autowired
    InboxPoller poller;
    @Autowired
    SmsCommands commands;
    @Autowired
    GammuDatabase gateway;
    @Autowired
    GammuSmsSender sender;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private String phone;

    @BeforeEach
    void aCitizenWithAPhoneOnMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
        phone = "+62812" + (10_000_000 + RANDOM.nextInt(89_999_999));
    }

    @Test
    void aTextBecomesAReportWhoseTicketAndPinComeBackInGammusOutbox() {
        long row = daemonReceives(phone, "lapor  jalan   Mimika Baru  Jalan Budi Utomo berlubang besar depan sekolah");

        assertThat(poller.pollOnce()).isPositive();

        Map<String, Object> report = reportFrom(phone);
        assertThat(report).containsEntry("channel", "SMS").containsEntry("category_code", "JALAN")
                .containsEntry("district_code", "94.04.01")
                .containsEntry("description", "Jalan Budi Utomo berlubang besar depan sekolah");
        String reply = onlyReplyTo(phone);
        assertThat(reply).contains("Tiket " + report.get("ticket") + " PIN ").containsPattern("PIN \\d{6}");
        assertThat(processed(row)).isTrue();
    }

    @Test
    void cekAnswersTheStatusTheLightAndTheDeadlineSpelledOutInWit() {
        daemonReceives(phone, "LAPOR SAMPAH KUALAKENCANA Sampah menumpuk di pasar sejak seminggu");
        poller.pollOnce();
        String ticket = (String) reportFrom(phone).get("ticket");

        daemonReceives(phone, "cek " + ticket.replace("-", "").toLowerCase());
        poller.pollOnce();

        assertThat(repliesTo(phone)).hasSize(2);
        assertThat(repliesTo(phone).get(1)).contains("Laporan " + ticket + ": diterima, sedang diverifikasi MCC")
                .contains("Lampu KUNING").contains("Batas waktu Kamis, 6 Maret 2031.");
    }

    @Test
    void theFollowUpReachesTheReporterBySmsInPartsWhenLong() {
        daemonReceives(phone, "LAPOR JALAN MIMIKABARU Jembatan kayu di Jalan Hasanuddin patah sebagian");
        poller.pollOnce();
        String ticket = (String) reportFrom(phone).get("ticket");

        workflow.route(OPERATOR, new TicketNumber(ticket), new AgencyCode("PUPR"));
        deliverQueuedSmsTo(phone);
        String answer = "Tim Dinas PUPR sudah meninjau jembatan. Papan yang patah diganti minggu ini dan jembatan ditutup "
                + "sementara untuk kendaraan roda empat. Warga diminta memakai jalan memutar lewat Jalan Yos Sudarso sampai "
                + "pekerjaan selesai. Terima kasih atas laporannya.";
        workflow.followUp(PUPR, new TicketNumber(ticket), answer, true);
        deliverQueuedSmsTo(phone);

        List<Map<String, Object>> rows = gateway.jdbc().sql("""
                        select "ID", "TextDecoded", "MultiPart", "UDH" from outbox
                        where "DestinationNumber" = :phone and "CreatorID" like 'mimika-notice-%' order by "ID\"""")
                .param("phone", phone).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat((String) rows.get(0).get("TextDecoded")).contains(ticket).contains("diteruskan ke");
        Map<String, Object> followUp = rows.get(1);
        assertThat(followUp.get("MultiPart")).isEqualTo(true);
        String udh = (String) followUp.get("UDH");
        assertThat(udh).matches("050003[0-9A-F]{2}0[2-9]01");
        int total = Integer.parseInt(udh.substring(8, 10), 16);
        List<Map<String, Object>> more = gateway.jdbc().sql("""
                        select "SequencePosition", "TextDecoded", "UDH" from outbox_multipart where "ID" = :id
                        order by "SequencePosition\"""")
                .param("id", followUp.get("ID")).query().listOfRows();
        assertThat(more).hasSize(total - 1);
        StringBuilder whole = new StringBuilder((String) followUp.get("TextDecoded"));
        for (int i = 0; i < more.size(); i++) {
            assertThat(more.get(i).get("SequencePosition")).isEqualTo(i + 2);
            assertThat((String) more.get(i).get("UDH")).isEqualTo(udh.substring(0, 10) + String.format("%02X", i + 2));
            assertThat(((String) more.get(i).get("TextDecoded")).length()).isLessThanOrEqualTo(153);
            whole.append(more.get(i).get("TextDecoded"));
        }
        assertThat(whole.toString()).contains("ditindaklanjuti").contains(answer);
        assertThat(((String) followUp.get("TextDecoded")).length()).isLessThanOrEqualTo(153);
    }

    @Test
    void aReplyToTheCommandCentresQuestionReachesTheReport() {
        daemonReceives(phone, "Lampu jalan mati sudah dua minggu, gelap sekali kalau malam");
        poller.pollOnce();
        Map<String, Object> report = reportFrom(phone);
        String ticket = (String) report.get("ticket");
        assertThat(report).containsEntry("category_code", "LAINNYA");
        assertThat(onlyReplyTo(phone)).contains("MCC akan menggolongkan");

        workflow.askForInformation(OPERATOR, new TicketNumber(ticket), "Di jalan mana lampunya mati?");
        deliverQueuedSmsTo(phone);
        assertThat(noticesTo(phone)).anySatisfy(text -> assertThat(text).contains("Di jalan mana lampunya mati?")
                .contains("JAWAB " + ticket));

        daemonReceives(phone, "Jalan Cendrawasih dekat gereja Katedral");
        poller.pollOnce();

        assertThat(jdbc.sql("""
                        select e.action from report_event e join report r on r.id = e.report_id
                        where r.ticket = :ticket order by e.id desc limit 1""")
                .param("ticket", ticket).query(String.class).single()).isEqualTo("INFO_PROVIDED");
        assertThat(repliesTo(phone).get(1)).contains("Jawaban Anda untuk laporan " + ticket);
        assertThat(reportsFrom(phone)).isEqualTo(1);
    }

    @Test
    void twoNodesPollingAtOnceHandleEveryRowExactlyOnce() throws Exception {
        List<String> phones = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String number = "+62813" + (10_000_000 + RANDOM.nextInt(89_999_999));
            phones.add(number);
            daemonReceives(number, "LAPOR AIR IWAKA Air bersih tidak mengalir sejak kemarin pagi " + i);
        }
        Callable<Integer> node = () -> {
            int total = 0;
            for (int handled = poller.pollOnce(); handled > 0; handled = poller.pollOnce()) {
                total += handled;
            }
            return total;
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = nodes.submit(node);
            Future<Integer> second = nodes.submit(node);
            first.get();
            second.get();
        } finally {
            nodes.shutdownNow();
        }
        poller.pollOnce();

        for (String number : phones) {
            assertThat(reportsFrom(number)).as(number).isEqualTo(1);
            assertThat(repliesTo(number)).as(number).hasSize(1);
        }
    }

    @Test
    void aRowReadAgainAfterACrashMidProcessingMakesNoSecondReportAndGetsTheSameReply() {
        long row = daemonReceives(phone, "LAPOR PJU MIMIKATIMUR Lampu jalan di depan puskesmas mati");
        ReceivedSms sms = new ReceivedSms(List.of(row), phone, "LAPOR PJU MIMIKATIMUR Lampu jalan di depan puskesmas mati",
                stampOf(row));
        // the node handled the message, then stopped before the gateway transaction committed
        String firstReply = commands.handle(sms).orElseThrow();
        assertThat(processed(row)).isFalse();

        poller.pollOnce();

        assertThat(reportsFrom(phone)).isEqualTo(1);
        assertThat(repliesTo(phone)).containsExactly(firstReply);
        assertThat(processed(row)).isTrue();
    }

    @Test
    void theSameSmsDeliveredTwiceMakesOneReportAndOneReply() {
        LocalDateTime stamped = LocalDateTime.of(2031, 3, 3, 9, 58, 12);
        long first = daemonReceives(phone, "LAPOR BANJIR MIMIKABARU Saluran tersumbat, air masuk rumah warga", stamped);
        long second = daemonReceives(phone, "LAPOR BANJIR MIMIKABARU Saluran tersumbat, air masuk rumah warga", stamped);

        poller.pollOnce();

        assertThat(reportsFrom(phone)).isEqualTo(1);
        assertThat(repliesTo(phone)).hasSize(1);
        assertThat(processed(first)).isTrue();
        assertThat(processed(second)).isTrue();
    }

    @Test
    void aLongTextInTwoPartsIsOneReportOnceBothPartsArrived() {
        String part1 = "LAPOR JALAN MIMIKABARU Jalan di depan Pasar Sentral rusak berat sejak hujan minggu lalu. Banyak motor "
                + "jatuh dan mobil angkot harus memutar jauh. Kami warga RT 05 sudah menimbun dengan batu";
        String part2 = " tetapi hanyut lagi. Mohon segera diperbaiki.";
        LocalDateTime stamped = LocalDateTime.of(2031, 3, 3, 9, 59, 0);
        daemonReceives(phone, part1, stamped, "0500037A0201");
        poller.pollOnce();
        assertThat(reportsFrom(phone)).as("first part alone waits for the second").isZero();

        daemonReceives(phone, part2, stamped, "0500037A0202");
        poller.pollOnce();

        assertThat(reportFrom(phone).get("description")).isEqualTo((part1 + part2).substring("LAPOR JALAN MIMIKABARU ".length()));
        assertThat(repliesTo(phone)).hasSize(1);
    }

    @Test
    void aSenderOverTheHourlyLimitIsNotAnswered() {
        for (int i = 1; i <= 6; i++) {
            daemonReceives(phone, "INFO", LocalDateTime.of(2031, 3, 3, 9, 0, i));
        }
        while (poller.pollOnce() > 0) {
            // all rows
        }
        assertThat(repliesTo(phone)).hasSize(5);
        assertThat(gateway.jdbc().sql("select count(*) from inbox where \"SenderNumber\" = :p and \"Processed\" = false")
                .param("p", phone).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownCategoryAndDistrictStillMakeAReportWithAHelpfulAnswer() {
        daemonReceives(phone, "LAPOR JLN KAMPUNGKU Jalan tanah becek tidak bisa dilalui");
        poller.pollOnce();

        assertThat(reportFrom(phone)).containsEntry("category_code", "LAINNYA").containsEntry("district_code", null)
                .containsEntry("description", "JLN KAMPUNGKU Jalan tanah becek tidak bisa dilalui");
        assertThat(onlyReplyTo(phone)).contains("Kategori JLN tidak dikenal").contains("Distrik tidak dikenali");
    }

    private long daemonReceives(String from, String text) {
        return daemonReceives(from, text, LocalDateTime.now().withNano(0), "");
    }

    private long daemonReceives(String from, String text, LocalDateTime stamped) {
        return daemonReceives(from, text, stamped, "");
    }

    /** The insert Gammu's SQL backend makes for a received part (the columns its inbox query names). */
    private long daemonReceives(String from, String text, LocalDateTime stamped, String udh) {
        return gateway.jdbc().sql("""
                        insert into inbox ("ReceivingDateTime", "Text", "SenderNumber", "Coding", "UDH", "SMSCNumber", "Class",
                                           "TextDecoded", "RecipientID")
                        values (:at, '', :from, 'Default_No_Compression', :udh, '+6281100000', -1, :text, 'Mimika-modem')
                        returning "ID\"""")
                .param("at", stamped)
                .param("from", from)
                .param("udh", udh)
                .param("text", text)
                .query(Long.class).single();
    }

    private String stampOf(long row) {
        return gateway.jdbc().sql("select \"ReceivingDateTime\" from inbox where \"ID\" = :id").param("id", row)
                .query(java.sql.Timestamp.class).single().toLocalDateTime().toString();
    }

    private boolean processed(long row) {
        return gateway.jdbc().sql("select \"Processed\" from inbox where \"ID\" = :id").param("id", row)
                .query(Boolean.class).single();
    }

    /** The replies to a number, each put together from its parts in {@code outbox} and {@code outbox_multipart}. */
    private List<String> repliesTo(String number) {
        return messagesTo(number, "mimika-reply-%");
    }

    private List<String> messagesTo(String number, String creator) {
        return gateway.jdbc().sql("""
                        select o."TextDecoded" || coalesce((select string_agg(m."TextDecoded", '' order by m."SequencePosition")
                                                            from outbox_multipart m where m."ID" = o."ID"), '')
                        from outbox o where o."DestinationNumber" = :n and o."CreatorID" like :creator order by o."ID\"""")
                .param("n", number).param("creator", creator).query(String.class).list();
    }

    private String onlyReplyTo(String number) {
        List<String> replies = repliesTo(number);
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private List<String> noticesTo(String number) {
        return messagesTo(number, "mimika-notice-%");
    }

    /** What the notification dispatcher does with the SMS it finds due, once the events were handled: hand each to the channel's sender. */
    private void deliverQueuedSmsTo(String number) {
        HandledEvents.await(jdbc);
        jdbc.sql("select id, subject, body, attempts from notification_outbox where channel = 'SMS' and recipient = :r and sent_at is null order by id")
                .param("r", number)
                .query((rs, n) -> new OutboxMessage(rs.getLong("id"), NotificationChannel.SMS, number, rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts")))
                .list()
                .forEach(message -> {
                    sender.send(message);
                    jdbc.sql("update notification_outbox set sent_at = current_timestamp where id = :id").param("id", message.id()).update();
                });
    }

    private Map<String, Object> reportFrom(String number) {
        return jdbc.sql("select ticket, channel, category_code, district_code, description from report where reporter_phone = :p")
                .param("p", number).query().singleRow();
    }

    private long reportsFrom(String number) {
        return jdbc.sql("select count(*) from report where reporter_phone = :p").param("p", number).query(Long.class).single();
    }
}
