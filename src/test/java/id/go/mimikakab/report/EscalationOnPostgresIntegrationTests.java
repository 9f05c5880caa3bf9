package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.casework.CaseEscalation;
import id.go.mimikakab.testing.HandledEvents;
import id.go.mimikakab.testing.MutableClock;
import id.go.mimikakab.testing.PostgresTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The escalation job's queries and its ShedLock lock (timed by the database) work on PostgreSQL too. */
@PostgresTest
@SpringBootTest
@Import(MutableClock.Configuration.class)
class EscalationOnPostgresIntegrationTests {

    @Autowired
    ReportIntake intake;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    CaseEscalation escalation;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void remindsTheAgencyOnceUnderTheDatabaseLock() {
        clock.set("2031-03-03T10:00+09:00");
        String ticket = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang besar di depan pasar lama",
                "94.04.01", "94.04.01.1001", null, null, null, false, false, null, null, null), Channel.WEB, null, null).ticket();
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));

        clock.set("2031-03-07T08:00+09:00");
        escalation.run();
        escalation.run();
        HandledEvents.await(jdbc);

        assertThat(jdbc.sql("select recipient from notification_outbox where subject like :t").param("t", "%" + ticket + "%")
                .query(String.class).list()).contains("pupr.staf@demo.mimikakab.go.id").doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'report-escalation'").query(Long.class).single())
                .isEqualTo(1);
    }
}
