package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.report.Escalation.Waiting;
import id.go.mimikakab.report.ReportEscalated.Step;

import org.junit.jupiter.api.Test;

/** The steps of the ladder a report is owed; follow-up due Monday 10 March 2031, with Friday 14 March a holiday. */
class EscalationTests {

    private static final WorkingDayCalendar DAYS = WorkingDayCalendar.of(List.of(LocalDate.of(2031, 3, 14)));
    private static final Instant DUE = at("2031-03-10T23:59:59+09:00");

    @Test
    void remindsFromTheWorkingDayBeforeTheDeadline() {
        assertThat(steps(ReportStatus.ROUTED, 0, "2031-03-06T23:59+09:00")).isEmpty();
        assertThat(steps(ReportStatus.ROUTED, 0, "2031-03-07T00:00+09:00")).containsExactly(Step.REMINDER);
        assertThat(steps(ReportStatus.REOPENED, 0, "2031-03-10T23:59:59+09:00")).containsExactly(Step.REMINDER);
        assertThat(steps(ReportStatus.ROUTED, 1, "2031-03-10T12:00+09:00")).isEmpty();
    }

    @Test
    void tellsTheHeadOnceTheDeadlineHasPassedWithoutAPointlessReminder() {
        assertThat(steps(ReportStatus.ROUTED, 0, "2031-03-11T00:00+09:00")).containsExactly(Step.OVERDUE);
        assertThat(steps(ReportStatus.ROUTED, 1, "2031-03-11T00:00+09:00")).containsExactly(Step.OVERDUE);
        assertThat(steps(ReportStatus.ROUTED, 2, "2031-03-12T00:00+09:00")).isEmpty();
    }

    @Test
    void flagsToTheLeadersAfterFiveMoreWorkingDaysCountingHolidaysOut() {
        assertThat(steps(ReportStatus.ROUTED, 2, "2031-03-17T23:59+09:00")).as("the holiday adds a day").isEmpty();
        assertThat(steps(ReportStatus.ROUTED, 2, "2031-03-18T23:59+09:00")).isEmpty();
        assertThat(steps(ReportStatus.ROUTED, 2, "2031-03-19T00:00+09:00")).containsExactly(Step.FLAGGED_TO_LEADERS);
        assertThat(steps(ReportStatus.ROUTED, 0, "2031-04-01T00:00+09:00"))
                .containsExactly(Step.OVERDUE, Step.FLAGGED_TO_LEADERS);
        assertThat(steps(ReportStatus.ROUTED, 3, "2031-04-01T00:00+09:00")).isEmpty();
    }

    @Test
    void tellsTheCommandCentreOnceWhenVerificationIsLate() {
        assertThat(steps(ReportStatus.SUBMITTED, 0, "2031-03-10T23:59:59+09:00")).isEmpty();
        assertThat(steps(ReportStatus.SUBMITTED, 0, "2031-03-11T00:00+09:00")).containsExactly(Step.VERIFICATION_OVERDUE);
        assertThat(steps(ReportStatus.SUBMITTED, 1, "2031-04-11T00:00+09:00")).isEmpty();
    }

    private static List<Step> steps(ReportStatus status, int level, String now) {
        return Escalation.stepsDue(new Waiting("ABC123XYZ", status, DUE, level), at(now), DAYS);
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
