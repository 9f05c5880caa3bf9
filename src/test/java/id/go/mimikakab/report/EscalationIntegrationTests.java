package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.account.Username;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.casework.CaseEscalation;
import id.go.mimikakab.testing.HandledEvents;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The escalation ladder and the automatic close, with time moved by the test clock from Monday 3 March 2031
 * (a year without holidays): follow-up due Monday 10 March, 23.59 WIT. No mail server is configured here, so
 * every notice stays in the outbox where the test reads it.
 */
@SpringBootTest
@Import(MutableClock.Configuration.class)
class EscalationIntegrationTests {

    private static final String PIC = "pupr.staf@demo.mimikakab.go.id";
    private static final String HEAD = "pupr.kepala@demo.mimikakab.go.id";
    private static final String COMMAND_CENTRE = "mcc@demo.mimikakab.go.id";
    private static final String LEADER = "bupati@demo.mimikakab.go.id";

    @Autowired
    ReportIntake intake;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportViews views;
    @Autowired
    CaseEscalation escalation;

    @Autowired
    SilentReports silentReports;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
    }

    @Test
    void remindsThePicsADayAheadThenTellsHeadAndCommandCentreThenFlagsToTheLeadersEachOnce() {
        String ticket = routedReport(null);
        assertThat(views.staffView(ticket, member("mcc")).report().dueAt())
                .isEqualTo(OffsetDateTime.parse("2031-03-10T23:59:59+09:00").toInstant());

        runAt("2031-03-06T16:00+09:00");
        assertThat(notices(ticket)).as("two working days left: nothing yet").isEmpty();

        runAt("2031-03-07T08:00+09:00");
        runAt("2031-03-07T15:00+09:00");
        assertThat(recipients(ticket, "Pengingat: laporan " + ticket + " tinggal 1 hari kerja"))
                .contains(PIC, HEAD).doesNotContain(COMMAND_CENTRE, LEADER);
        assertThat(recipients(ticket, "Merah")).isEmpty();

        runAt("2031-03-10T23:00+09:00");
        assertThat(recipients(ticket, "Merah")).as("still in time on the last day").isEmpty();

        runAt("2031-03-11T00:05+09:00");
        runAt("2031-03-11T09:00+09:00");
        assertThat(recipients(ticket, "Merah: laporan " + ticket + " melewati batas waktu"))
                .contains(HEAD, COMMAND_CENTRE).doesNotContain(PIC, LEADER);

        runAt("2031-03-17T16:00+09:00");
        assertThat(recipients(ticket, "Perhatian pimpinan")).as("five working days after the deadline end on 17 March")
                .isEmpty();

        runAt("2031-03-18T08:00+09:00");
        runAt("2031-03-19T08:00+09:00");
        runAt("2031-04-30T08:00+09:00");
        assertThat(recipients(ticket, "Perhatian pimpinan: laporan " + ticket + " Merah 5 hari kerja"))
                .contains(LEADER).doesNotContain(PIC, HEAD, COMMAND_CENTRE);
        assertThat(notices(ticket)).as("nobody is told the same thing twice").doesNotHaveDuplicates();
        assertThat(body(PIC, "Pengingat", ticket)).as("the PIC's link opens the report in the agency inbox")
                .contains("/opd/laporan/" + ticket);
        assertThat(body(HEAD, "Merah", ticket)).contains("/opd/laporan/" + ticket);
        assertThat(body(COMMAND_CENTRE, "Merah", ticket)).contains("/mcc/laporan/" + ticket);
        assertThat(body(LEADER, "Perhatian pimpinan", ticket)).contains("/pimpinan/laporan/" + ticket);

        assertThat(views.staffView(ticket, member("mcc")).timeline()).filteredOn(e -> e.action().equals("ESCALATED"))
                .extracting(TimelineEntry::internalNote)
                .containsExactly("REMINDER (level 1)", "OVERDUE (level 2)", "FLAGGED_TO_LEADERS (level 3)");
        assertThat(audit.historyOf("report", ticket)).filteredOn(e -> e.action().equals("REPORT_ESCALATED")).hasSize(3);
        assertThat(escalationLevel(ticket)).isEqualTo(3);
    }

    @Test
    void remindsOnlyTheAssignedPic() {
        String ticket = routedReport("pupr.staf");

        runAt("2031-03-07T08:00+09:00");

        assertThat(notices(ticket)).extracting(Notice::recipient).containsExactly(PIC);
        runAt("2031-03-10T08:00+09:00");
        assertThat(notices(ticket)).hasSize(1);
    }

    @Test
    void aReportFoundAlreadyRedGetsNoReminderOnlyTheOverdueNotice() {
        String ticket = routedReport(null);

        runAt("2031-03-12T08:00+09:00");

        assertThat(notices(ticket)).extracting(Notice::subject).allMatch(subject -> subject.startsWith("Merah"));
        assertThat(notices(ticket)).extracting(Notice::recipient).contains(HEAD, COMMAND_CENTRE).doesNotContain(PIC);
        assertThat(escalationLevel(ticket)).isEqualTo(2);
    }

    @Test
    void aFollowUpStopsTheLadder() {
        String ticket = routedReport(null);
        workflow.followUp(member("pupr.staf"), new TicketNumber(ticket), "Tim sudah dijadwalkan turun ke lokasi", true);

        runAt("2031-03-12T08:00+09:00");
        assertThat(notices(ticket)).isEmpty();
        assertThat(escalationLevel(ticket)).isZero();
    }

    @Test
    void tellsTheCommandCentreOnceWhenAReportWasNotVerifiedInTime() {
        String ticket = submit(null).ticket();

        runAt("2031-03-06T23:00+09:00");
        assertThat(notices(ticket)).isEmpty();

        runAt("2031-03-07T08:00+09:00");
        runAt("2031-03-10T08:00+09:00");
        assertThat(notices(ticket)).extracting(Notice::subject).containsOnly("Belum diverifikasi: laporan " + ticket);
        assertThat(notices(ticket)).extracting(Notice::recipient).contains(COMMAND_CENTRE).doesNotHaveDuplicates()
                .doesNotContain(PIC, HEAD, LEADER);

        workflow.route(member("mcc"), new TicketNumber(ticket), new AgencyCode("PUPR"));
        assertThat(escalationLevel(ticket)).as("routing starts the agency's ladder at the bottom").isZero();
    }

    @Test
    void closesACompletedReportTenWorkingDaysLaterAndTellsTheReporterOfEachStepOnce() {
        String email = "pelapor-" + UUID.randomUUID() + "@contoh.id";
        String ticket = submit(email).ticket();
        workflow.route(member("mcc"), new TicketNumber(ticket), new AgencyCode("PUPR"));
        workflow.followUp(member("pupr.staf"), new TicketNumber(ticket), "Tim sudah dijadwalkan turun ke lokasi", true);
        workflow.followUp(member("pupr.staf"), new TicketNumber(ticket), "Material aspal sudah dipesan", true);
        workflow.complete(member("pupr.staf"), new TicketNumber(ticket), "Lubang sudah ditambal dengan aspal");

        runAt("2031-03-17T20:00+09:00");
        assertThat(views.staffView(ticket, member("mcc")).report().status()).isEqualTo(ReportStatus.COMPLETED);

        runAt("2031-03-18T08:00+09:00");
        runAt("2031-03-19T08:00+09:00");
        assertThat(views.staffView(ticket, member("mcc")).report().status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(views.staffView(ticket, member("mcc")).timeline()).extracting(TimelineEntry::action)
                .containsOnlyOnce("AUTO_CLOSED");
        assertThat(notices(ticket)).filteredOn(n -> n.recipient().equals(email)).extracting(Notice::subject)
                .as("each step once; each notice is queued by its own listener run, so in any order")
                .containsExactlyInAnyOrder("Laporan " + ticket + " sudah kami terima",
                        "Laporan " + ticket + " diteruskan ke Dinas Pekerjaan Umum dan Penataan Ruang",
                        "Laporan " + ticket + " sudah ditindaklanjuti",
                        "Laporan " + ticket + " selesai dikerjakan",
                        "Laporan " + ticket + " ditutup otomatis");
    }

    private String routedReport(String assignee) {
        String ticket = submit(null).ticket();
        workflow.route(member("mcc"), new TicketNumber(ticket), new AgencyCode("PUPR"));
        if (assignee != null) {
            workflow.assign(member("pupr.kepala"), new TicketNumber(ticket), new Username(assignee));
        }
        return ticket;
    }

    private Receipt submit(String email) {
        return intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang besar di depan pasar lama",
                "94.04.01", "94.04.01.1001", null, null, null, false, false, null, null, email), Channel.WEB, null, null);
    }

    private void runAt(String moment) {
        clock.set(moment);
        escalation.run();
        silentReports.run();
    }

    private List<Notice> notices(String ticket) {
        HandledEvents.await(jdbc);
        return jdbc.sql("select recipient, subject from notification_outbox where subject like :ticket order by id")
                .param("ticket", "%" + ticket + "%")
                .query((rs, n) -> new Notice(rs.getString("recipient"), rs.getString("subject")))
                .list();
    }

    private List<String> recipients(String ticket, String subjectStart) {
        return notices(ticket).stream().filter(n -> n.subject().startsWith(subjectStart)).map(Notice::recipient).toList();
    }

    private String body(String recipient, String subjectStart, String ticket) {
        HandledEvents.await(jdbc);
        return jdbc.sql("select body from notification_outbox where recipient = :to and subject like :subject")
                .param("to", recipient).param("subject", subjectStart + "%" + ticket + "%").query(String.class).single();
    }

    private int escalationLevel(String ticket) {
        return jdbc.sql("select c.escalation_level from report r join work_case c on c.id = r.case_id where r.ticket = :t")
                .param("t", ticket).query(Integer.class).single();
    }

    private StaffMember member(String username) {
        return accounts.findByUsername(username).orElseThrow().member();
    }

    private record Notice(String recipient, String subject) {
    }
}
