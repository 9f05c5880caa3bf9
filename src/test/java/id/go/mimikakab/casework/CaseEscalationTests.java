package id.go.mimikakab.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.casework.CaseEscalation.Waiting;

import org.junit.jupiter.api.Test;

/** The steps of the ladder a case is owed; the step due Monday 10 March 2031, with Friday 14 March a holiday. */
class CaseEscalationTests {

    private static final WorkingDayCalendar DAYS = WorkingDayCalendar.of(List.of(LocalDate.of(2031, 3, 14)));
    private static final Instant DUE = at("2031-03-10T23:59:59+09:00");

    @Test
    void remindsFromTheWorkingDayBeforeTheDeadline() {
        assertThat(steps(Party.AGENCY, 0, "2031-03-06T23:59+09:00")).isEmpty();
        assertThat(steps(Party.AGENCY, 0, "2031-03-07T00:00+09:00")).containsExactly(EscalationStep.REMINDER);
        assertThat(steps(Party.AGENCY, 0, "2031-03-10T23:59:59+09:00")).containsExactly(EscalationStep.REMINDER);
        assertThat(steps(Party.AGENCY, 1, "2031-03-10T12:00+09:00")).isEmpty();
    }

    @Test
    void tellsTheHeadOnceTheDeadlineHasPassedWithoutAPointlessReminder() {
        assertThat(steps(Party.AGENCY, 0, "2031-03-11T00:00+09:00")).containsExactly(EscalationStep.OVERDUE);
        assertThat(steps(Party.AGENCY, 1, "2031-03-11T00:00+09:00")).containsExactly(EscalationStep.OVERDUE);
        assertThat(steps(Party.AGENCY, 2, "2031-03-12T00:00+09:00")).isEmpty();
    }

    @Test
    void flagsToTheLeadersAfterFiveMoreWorkingDaysCountingHolidaysOut() {
        assertThat(steps(Party.AGENCY, 2, "2031-03-17T23:59+09:00")).as("the holiday adds a day").isEmpty();
        assertThat(steps(Party.AGENCY, 2, "2031-03-18T23:59+09:00")).isEmpty();
        assertThat(steps(Party.AGENCY, 2, "2031-03-19T00:00+09:00")).containsExactly(EscalationStep.FLAGGED_TO_LEADERS);
        assertThat(steps(Party.AGENCY, 0, "2031-04-01T00:00+09:00"))
                .containsExactly(EscalationStep.OVERDUE, EscalationStep.FLAGGED_TO_LEADERS);
        assertThat(steps(Party.AGENCY, 3, "2031-04-01T00:00+09:00")).isEmpty();
    }

    @Test
    void tellsTheCommandCentreOnceWhenVerificationIsLate() {
        assertThat(steps(Party.COMMAND_CENTER, 0, "2031-03-10T23:59:59+09:00")).isEmpty();
        assertThat(steps(Party.COMMAND_CENTER, 0, "2031-03-11T00:00+09:00")).containsExactly(EscalationStep.VERIFICATION_OVERDUE);
        assertThat(steps(Party.COMMAND_CENTER, 1, "2031-04-11T00:00+09:00")).isEmpty();
    }

    private static List<EscalationStep> steps(Party waitingOn, int level, String now) {
        return CaseEscalation.stepsDue(new Waiting(CaseKind.REPORT, "ABCD-2345", waitingOn, DUE, level), at(now), DAYS);
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
