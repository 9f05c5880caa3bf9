package id.go.mimikakab.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.calendar.WorkingDays;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The job that chases late cases of every kind. A case waiting on an agency is reminded to its PICs one working day
 * before the deadline, reported to the agency head and the command centre once the deadline has passed, and
 * flagged to the leaders when it is still red five working days later; a case the command centre has not verified
 * in time is reported to the command centre. The owner of each kind takes the step ({@link CaseOwner}). Everything
 * is read from the database at each run and {@code work_case.escalation_level} records the steps taken, so the job
 * is right after a restart, never takes a step twice, and runs on one node at a time.
 */
@Component
public class CaseEscalation {

    /** How many working days after the agency's deadline a still-red case goes to the leaders. */
    public static final WorkingDays LEADERS_AFTER = WorkingDays.of(5);

    private static final Logger log = LoggerFactory.getLogger(CaseEscalation.class);
    private static final WorkingDays ONE = WorkingDays.of(1);

    private final JdbcClient jdbc;
    private final Map<CaseKind, CaseOwner> owners = new EnumMap<>(CaseKind.class);
    private final HolidayCalendar calendar;
    private final Clock clock;

    CaseEscalation(JdbcClient jdbc, List<CaseOwner> owners, HolidayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        owners.forEach(owner -> this.owners.put(owner.kind(), owner));
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mimika.casework.escalation-interval:${mimika.report.escalation-interval:PT1M}}",
            initialDelayString = "${mimika.casework.escalation-interval:${mimika.report.escalation-interval:PT1M}}")
    @SchedulerLock(name = "report-escalation", lockAtMostFor = "PT30M")
    public void run() {
        Instant now = clock.instant();
        WorkingDayCalendar days = calendar.workingDays();
        for (Waiting waiting : waiting(now, days)) {
            CaseOwner owner = owners.get(waiting.kind());
            if (owner == null) {
                continue;
            }
            for (EscalationStep step : stepsDue(waiting, now, days)) {
                if (!take(owner, waiting, step)) {
                    break;
                }
            }
        }
    }

    /**
     * The steps a case is owed now, lowest first. A case found already red (the job was stopped, or the deadline
     * was short) gets no reminder, only the steps that still make sense.
     */
    public static List<EscalationStep> stepsDue(Waiting waiting, Instant now, WorkingDayCalendar days) {
        if (waiting.waitingOn() == Party.COMMAND_CENTER) {
            return waiting.escalationLevel() < EscalationStep.VERIFICATION_OVERDUE.level() && now.isAfter(waiting.dueAt())
                    ? List.of(EscalationStep.VERIFICATION_OVERDUE) : List.of();
        }
        int target;
        if (now.isAfter(days.deadline(waiting.dueAt(), LEADERS_AFTER).toInstant())) {
            target = EscalationStep.FLAGGED_TO_LEADERS.level();
        } else if (now.isAfter(waiting.dueAt())) {
            target = EscalationStep.OVERDUE.level();
        } else if (!waiting.dueAt().isAfter(days.deadline(now, ONE).toInstant())) {
            // deadlines end a working day, so this says: at most one working day is left after today
            target = EscalationStep.REMINDER.level();
        } else {
            target = 0;
        }
        List<EscalationStep> steps = new ArrayList<>();
        for (EscalationStep step : List.of(EscalationStep.REMINDER, EscalationStep.OVERDUE, EscalationStep.FLAGGED_TO_LEADERS)) {
            boolean pointless = step == EscalationStep.REMINDER && target > step.level();
            if (step.level() > waiting.escalationLevel() && step.level() <= target && !pointless) {
                steps.add(step);
            }
        }
        return steps;
    }

    private List<Waiting> waiting(Instant now, WorkingDayCalendar days) {
        return jdbc.sql("""
                        select kind, reference, waiting_on, due_at, escalation_level from work_case
                        where (waiting_on = 'COMMAND_CENTER' and escalation_level < 1 and due_at < :now)
                           or (waiting_on = 'AGENCY' and escalation_level < 3 and due_at <= :horizon)
                        order by due_at""")
                .param("now", CaseFiles.utc(now))
                .param("horizon", CaseFiles.utc(days.deadline(now, ONE).toInstant()))
                .query((rs, n) -> new Waiting(CaseKind.valueOf(rs.getString("kind")), rs.getString("reference"),
                        Party.valueOf(rs.getString("waiting_on")), CaseFiles.instant(rs, "due_at"), rs.getInt("escalation_level")))
                .list();
    }

    private static boolean take(CaseOwner owner, Waiting waiting, EscalationStep step) {
        try {
            return owner.escalate(waiting.reference(), step);
        } catch (RuntimeException e) {
            log.warn("Escalation {} of {} {} failed; the next run tries again", step, waiting.kind(), waiting.reference(), e);
            return false;
        }
    }

    /** A case the government owes a step, as the job reads it. */
    public record Waiting(CaseKind kind, String reference, Party waitingOn, Instant dueAt, int escalationLevel) {
    }
}
