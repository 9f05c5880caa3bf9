package id.go.mimikakab.report;

import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The job that closes completed reports whose reporter stayed silent for ten working days after completion. It
 * reads the due reports from the database at each run, so it is right after a restart, and runs on one node at a
 * time; a report the reporter confirmed or reopened meanwhile is left alone.
 */
@Component
class SilentReports {

    private static final Logger log = LoggerFactory.getLogger(SilentReports.class);

    private final JdbcClient jdbc;
    private final ReportWorkflow workflow;
    private final Clock clock;

    SilentReports(JdbcClient jdbc, ReportWorkflow workflow, Clock clock) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mimika.report.escalation-interval:PT1M}",
            initialDelayString = "${mimika.report.escalation-interval:PT1M}")
    @SchedulerLock(name = "report-auto-close", lockAtMostFor = "PT30M")
    public void run() {
        List<String> due = jdbc.sql("""
                        select r.ticket from report r join work_case c on c.id = r.case_id
                        where c.stage = 'COMPLETED' and r.close_due_at < :now order by r.close_due_at""")
                .param("now", ReportStore.utc(clock.instant()))
                .query(String.class)
                .list();
        for (String ticket : due) {
            try {
                workflow.closeIfSilent(new TicketNumber(ticket));
            } catch (RuntimeException e) {
                log.warn("Closing silent report {} failed; the next run tries again", ticket, e);
            }
        }
    }
}
