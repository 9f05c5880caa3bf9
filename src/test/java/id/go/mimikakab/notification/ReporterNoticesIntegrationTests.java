package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.RejectionReason;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a reporter who gave an e-mail address is told besides the main steps: the command centre's question, a
 * rejection with its reason, a merge, and, after a merge, the progress of the report theirs was merged into.
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

    @Test
    void theCommandCentresQuestionReachesTheReporterWithTheLinkToAnswerIt() {
        String email = address();
        String ticket = submit(email, "Jalan longsor di tikungan dekat gereja");

        workflow.askForInformation(staff("mcc"), ticket, "Di kampung mana tepatnya tikungan itu?");

        assertThat(mailsTo(email)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Laporan " + ticket + ": mohon lengkapi keterangan");
            assertThat(mail.body()).contains("\"Di kampung mana tepatnya tikungan itu?\"").contains("/lacak/" + ticket)
                    .contains("dihentikan sementara");
        });
    }

    @Test
    void aRejectionTellsTheReasonAndAMergeNamesTheOtherReport() {
        String spammer = address();
        String spam = submit(spammer, "Jual pulsa murah hubungi nomor ini segera");
        workflow.reject(staff("mcc"), spam, RejectionReason.SPAM, "Isi laporan bukan pengaduan layanan publik.", null);
        assertThat(mailsTo(spammer)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Laporan " + spam + " tidak dapat diproses");
            assertThat(mail.body()).contains("\"Isi laporan bukan pengaduan layanan publik.\"");
        });

        String first = submit(null, "Lampu jalan mati di depan pasar sentral");
        String neighbour = address();
        String duplicate = submit(neighbour, "Lampu jalan di depan pasar sentral mati total");
        workflow.reject(staff("mcc"), duplicate, RejectionReason.DUPLICATE, "Sudah dilaporkan warga lain.", first);
        assertThat(mailsTo(neighbour)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Laporan " + duplicate + " digabung dengan laporan " + first);
            assertThat(mail.body()).contains("tetap akan menerima kabar perkembangan laporan " + first);
        });
    }

    @Test
    void theReporterOfAMergedDuplicateHearsOfTheOtherReportsRoutingFirstAnswerAndCompletion() {
        String original = address();
        String first = submit(original, "Jembatan kayu di kampung hampir putus");
        String neighbour = address();
        String duplicate = submit(neighbour, "Jembatan kayu kampung kami rusak parah");
        workflow.reject(staff("mcc"), duplicate, RejectionReason.DUPLICATE, "Sama dengan laporan sebelumnya.", first);

        workflow.route(staff("mcc"), first, "PUPR");
        workflow.followUp(staff("pupr.staf"), first, "Tim survei dijadwalkan Kamis.", true);
        workflow.followUp(staff("pupr.staf"), first, "Catatan internal: cek anggaran.", false);
        workflow.complete(staff("pupr.staf"), first, "Jembatan sudah diperbaiki dengan papan baru.");

        List<Mail> toNeighbour = mailsTo(neighbour);
        assertThat(toNeighbour).extracting(Mail::subject).containsExactly(
                "Laporan " + duplicate + " digabung dengan laporan " + first,
                "Kabar laporan " + first + " (laporan Anda " + duplicate + " digabung ke laporan ini)",
                "Kabar laporan " + first + " (laporan Anda " + duplicate + " digabung ke laporan ini)",
                "Kabar laporan " + first + " (laporan Anda " + duplicate + " digabung ke laporan ini)");
        assertThat(toNeighbour.get(1).body()).contains("diteruskan ke Dinas Pekerjaan Umum").contains("/lacak/" + duplicate);
        assertThat(toNeighbour.get(2).body()).contains("sudah menindaklanjutinya");
        assertThat(toNeighbour.get(3).body()).contains("pekerjaannya sudah selesai");
        assertThat(toNeighbour).as("nothing of the other reporter reaches the neighbour")
                .allSatisfy(mail -> assertThat(mail.body()).doesNotContain(original).doesNotContain("/lacak/" + first));
        assertThat(mailsTo(original)).as("the original reporter is told as before").hasSize(3);
    }
}
