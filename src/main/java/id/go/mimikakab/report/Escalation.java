package id.go.mimikakab.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.report.ReportEscalated.Step;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The job that chases late reports and closes silent ones. A report waiting on an agency is reminded to its
 * PICs one working day before the deadline, reported to the agency head and the command centre once the
 * deadline has passed, and flagged to the leaders when it is still red five working days later; a report the
 * command centre has not verified in time is reported to the command centre. Everything is read from the
 * database at each run and {@code report.escalation_level} records the steps taken, so the job is right after
 * a restart, never takes a step twice, and runs on one node at a time.
 */
@Component
class Escalation {

    /** How many working days after the follow-up deadline a still-red report goes to the leaders. */
    static final WorkingDays LEADERS_AFTER = WorkingDays.of(5);

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);
    private static final WorkingDays ONE = WorkingDays.of(1);

    private final JdbcClient jdbc;
    private final ReportWorkflow workflow;
    private final HolidayCalendar calendar;
    private final Clock clock;

    Escalation(JdbcClient jdbc, ReportWorkflow workflow, HolidayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mimika.report.escalation-interval:PT1M}",
            initialDelayString = "${mimika.report.escalation-interval:PT1M}")
    @SchedulerLock(name = "report-escalation", lockAtMostFor = "PT30M")
    public void run() {
        Instant now = clock.instant();
        WorkingDayCalendar days = calendar.workingDays();
        for (Waiting report : waiting(now, days)) {
            for (Step step : stepsDue(report, now, days)) {
                if (!take(report.ticket(), step)) {
                    break;
                }
            }
        }
        for (String ticket : silentSince(now)) {
            closeQuietly(ticket);
        }
    }

    /**
     * The steps a report is owed now, lowest first. A report found already red (the job was stopped, or the
     * deadline was short) gets no reminder, only the steps that still make sense.
     */
    static List<Step> stepsDue(Waiting report, Instant now, WorkingDayCalendar days) {
        if (report.status() == ReportStatus.SUBMITTED) {
            return report.escalationLevel() < Step.VERIFICATION_OVERDUE.level() && now.isAfter(report.dueAt())
                    ? List.of(Step.VERIFICATION_OVERDUE) : List.of();
        }
        int target;
        if (now.isAfter(days.deadline(report.dueAt(), LEADERS_AFTER).toInstant())) {
            target = Step.FLAGGED_TO_LEADERS.level();
        } else if (now.isAfter(report.dueAt())) {
            target = Step.OVERDUE.level();
        } else if (!report.dueAt().isAfter(days.deadline(now, ONE).toInstant())) {
            // Deadlines end a working day, so this says: at most one working day is left after today.
            target = Step.REMINDER.level();
        } else {
            target = 0;
        }
        List<Step> steps = new ArrayList<>();
        for (Step step : List.of(Step.REMINDER, Step.OVERDUE, Step.FLAGGED_TO_LEADERS)) {
            boolean pointless = step == Step.REMINDER && target > step.level();
            if (step.level() > report.escalationLevel() && step.level() <= target && !pointless) {
                steps.add(step);
            }
        }
        return steps;
    }

    private List<Waiting> waiting(Instant now, WorkingDayCalendar days) {
        return jdbc.sql("""
                        select ticket, status, due_at, escalation_level from report
                        where (status = 'SUBMITTED' and escalation_level < 1 and due_at < :now)
                           or (status in ('ROUTED', 'REOPENED') and escalation_level < 3 and due_at <= :horizon)
                        order by due_at""")
                .param("now", ReportStore.utc(now))
                .param("horizon", ReportStore.utc(days.deadline(now, ONE).toInstant()))
                .query((rs, n) -> new Waiting(rs.getString("ticket"), ReportStatus.valueOf(rs.getString("status")),
                        ReportStore.instant(rs, "due_at"), rs.getInt("escalation_level")))
                .list();
    }

    private List<String> silentSince(Instant now) {
        return jdbc.sql("select ticket from report where status = 'COMPLETED' and close_due_at < :now order by close_due_at")
                .param("now", ReportStore.utc(now))
                .query(String.class)
                .list();
    }

    private boolean take(String ticket, Step step) {
        try {
            return workflow.escalate(ticket, step);
        } catch (RuntimeException e) {
            log.warn("Escalation {} of report {} failed; the next run tries again", step, ticket, e);
            return false;
        }
    }

    private void closeQuietly(String ticket) {
        try {
            workflow.closeIfSilent(ticket);
        } catch (RuntimeException e) {
            log.warn("Closing silent report {} failed; the next run tries again", ticket, e);
        }
    }

    /** A report the government owes a step, as the job reads it. */
    record Waiting(String ticket, ReportStatus status, Instant dueAt, int escalationLevel) {
    }
}
