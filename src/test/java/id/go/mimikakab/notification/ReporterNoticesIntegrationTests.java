package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.RejectionReason;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a reporter who gave an e-mail address is told besides the main steps: that the report was received, the
 * command centre's question, a rejection with its reason, a merge, and, after a merge, the progress of the report
 * theirs was merged into. Notices are queued after each change commits, so the tests wait until they are there.
 */
@SpringBootTest
class ReporterNoticesIntegrationTests {

    @Autowired
    ReportIntake intake;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private record Mail(String subject, String body) {
    }

    private StaffMember staff(String username) {
        return accounts.findByUsername(username).orElseThrow().member();
    }

    private static String address() {
        return "warga-" + UUID.randomUUID() + "@contoh.id";
    }

    private String submit(String email, String description) {
        Receipt receipt = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", description, "94.04.01", "94.04.01.1008",
                null, null, null, false, false, null, null, email), Channel.API, null, null);
        return receipt.ticket();
    }

    private List<Mail> mailsTo(String email) {
        return jdbc.sql("select subject, body from notification_outbox where recipient = :to order by id").param("to", email)
                .query((rs, n) -> new Mail(rs.getString("subject"), rs.getString("body"))).list();
    }

    /** The mails queued for this address once there are {@code count} of them. */
    private List<Mail> mailsTo(String email, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email).size() >= count);
        return mailsTo(email);
    }

    private String submitAndAwaitConfirmation(String email, String description) {
        String ticket = submit(email, description);
        mailsTo(email, 1);
        return ticket;
    }

    @Test
    void theReporterIsToldAtOnceWhatWasRecordedUnderWhichTicketAndNeverThePin() {
        String email = address();
        Receipt receipt = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang besar di depan pasar lama",
                "94.04.01", "94.04.01.1002", null, null, null, false, false, null, null, email), Channel.WEB, null, null);

        assertThat(mailsTo(email, 1)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Laporan " + receipt.ticket() + " sudah kami terima");
            assertThat(mail.body()).contains("nomor tiket " + receipt.ticket())
                    .contains("Jenis: Pengaduan")
                    .contains("Lokasi: Kwamki, Distrik Mimika Baru")
                    .contains("\"Jalan berlubang besar di depan pasar lama\"")
                    .contains("/lacak/" + receipt.ticket())
                    .doesNotContain(receipt.pin());
        });
    }

    @Test
    void theCommandCentresQuestionReachesTheReporterWithTheLinkToAnswerIt() {
        String email = address();
        String ticket = submitAndAwaitConfirmation(email, "Jalan longsor di tikungan dekat gereja");

        workflow.askForInformation(staff("mcc"), new TicketNumber(ticket), "Di kampung mana tepatnya tikungan itu?");

        assertThat(mailsTo(email, 2)).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Laporan " + ticket + ": mohon lengkapi keterangan");
            assertThat(mail.body()).contains("\"Di kampung mana tepatnya tikungan itu?\"").contains("/lacak/" + ticket)
                    .contains("dihentikan sementara");
        });
    }

    @Test
    void aRejectionTellsTheReasonAndAMergeNamesTheOtherReport() {
        String spammer = address();
        String spam = submitAndAwaitConfirmation(spammer, "Jual pulsa murah hubungi nomor ini segera");
        workflow.reject(staff("mcc"), new TicketNumber(spam), RejectionReason.SPAM, "Isi laporan bukan pengaduan layanan publik.", null);
        assertThat(mailsTo(spammer, 2)).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Laporan " + spam + " tidak dapat diproses");
            assertThat(mail.body()).contains("\"Isi laporan bukan pengaduan layanan publik.\"");
        });

        String first = submit(null, "Lampu jalan mati di depan pasar sentral");
        String neighbour = address();
        String duplicate = submitAndAwaitConfirmation(neighbour, "Lampu jalan di depan pasar sentral mati total");
        workflow.reject(staff("mcc"), new TicketNumber(duplicate), RejectionReason.DUPLICATE, "Sudah dilaporkan warga lain.", new TicketNumber(first));
        assertThat(mailsTo(neighbour, 2)).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Laporan " + duplicate + " digabung dengan laporan " + first);
            assertThat(mail.body()).contains("tetap akan menerima kabar perkembangan laporan " + first);
        });
    }

    @Test
    void theReporterOfAMergedDuplicateHearsOfTheOtherReportsRoutingFirstAnswerAndCompletion() {
        String original = address();
        String first = submitAndAwaitConfirmation(original, "Jembatan kayu di kampung hampir putus");
        String neighbour = address();
        String duplicate = submitAndAwaitConfirmation(neighbour, "Jembatan kayu kampung kami rusak parah");
        workflow.reject(staff("mcc"), new TicketNumber(duplicate), RejectionReason.DUPLICATE, "Sama dengan laporan sebelumnya.", new TicketNumber(first));
        mailsTo(neighbour, 2);

        workflow.route(staff("mcc"), new TicketNumber(first), new AgencyCode("PUPR"));
        mailsTo(neighbour, 3);
        workflow.followUp(staff("pupr.staf"), new TicketNumber(first), "Tim survei dijadwalkan Kamis.", true);
        mailsTo(neighbour, 4);
        workflow.followUp(staff("pupr.staf"), new TicketNumber(first), "Catatan internal: cek anggaran.", false);
        workflow.complete(staff("pupr.staf"), new TicketNumber(first), "Jembatan sudah diperbaiki dengan papan baru.");

        List<Mail> toNeighbour = mailsTo(neighbour, 5);
        assertThat(toNeighbour).extracting(Mail::subject).containsExactly(
                "Laporan " + duplicate + " sudah kami terima",
                "Laporan " + duplicate + " digabung dengan laporan " + first,
                "Kabar laporan " + first + " (laporan Anda " + duplicate + " digabung ke laporan ini)",
                "Kabar laporan " + first + " (laporan Anda " + duplicate + " digabung ke laporan ini)",
                "Kabar laporan " + first + " (laporan Anda " + duplicate + " digabung ke laporan ini)");
        assertThat(toNeighbour.get(2).body()).contains("diteruskan ke Dinas Pekerjaan Umum").contains("/lacak/" + duplicate);
        assertThat(toNeighbour.get(3).body()).contains("sudah menindaklanjutinya");
        assertThat(toNeighbour.get(4).body()).contains("pekerjaannya sudah selesai");
        assertThat(toNeighbour).as("nothing of the other reporter reaches the neighbour")
                .allSatisfy(mail -> assertThat(mail.body()).doesNotContain(original).doesNotContain("/lacak/" + first));
        assertThat(mailsTo(original, 4)).as("the original reporter is told as before, after the confirmation").hasSize(4);
    }
}
