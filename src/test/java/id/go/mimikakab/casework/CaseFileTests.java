package id.go.mimikakab.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.calendar.WorkingDays;

import org.junit.jupiter.api.Test;

/**
 * The case mechanism every kind of case shares, on its own: who owes, the deadline in working days, the pause for
 * the citizen, the light, lateness and the escalation ladder. Monday 2 March 2031; Friday 6 March is a holiday.
 */
class CaseFileTests {

    private static final WorkingDayCalendar DAYS = WorkingDayCalendar.of(List.of(LocalDate.of(2031, 3, 6)));

    private static CaseFile opened() {
        CaseFile c = CaseFile.open(CaseKind.APPLICATION, "AKTA-0001", "AKTA_KELAHIRAN", "Akta kelahiran", false,
                CasePlace.NOWHERE, at("2031-03-02T09:00+09:00"), "SUBMITTED");
        c.handTo("DISDUKCAPIL", at("2031-03-02T09:00+09:00"), WorkingDays.of(3), DAYS);
        return c;
    }

    @Test
    void anAgencyOwesItsStepByTheEndOfTheLastWorkingDayAndIsRedAfterIt() {
        CaseFile c = opened();
        assertThat(c.waitingOn()).isEqualTo(Party.AGENCY);
        assertThat(c.dueAt()).as("Tue, Wed, Thu; Friday is a holiday").isEqualTo(at("2031-03-05T23:59:59+09:00"));
        assertThat(c.light(at("2031-03-05T23:59:59+09:00"))).isEqualTo(Light.YELLOW);
        assertThat(c.light(at("2031-03-06T00:00+09:00"))).isEqualTo(Light.RED);
        assertThat(c.overdue(at("2031-03-06T00:00+09:00"))).isTrue();
    }

    @Test
    void waitingForTheCitizenIsYellowAndTheClockResumesWithTheDaysItHadLeft() {
        CaseFile c = opened();
        c.pause(at("2031-03-03T10:00+09:00"), DAYS);
        assertThat(c.waitingOn()).isEqualTo(Party.CITIZEN);
        assertThat(c.pausedRemaining()).as("Wednesday and Thursday").isEqualTo(2);
        assertThat(c.light(at("2031-04-30T10:00+09:00"))).isEqualTo(Light.YELLOW);

        c.resume(Party.AGENCY, at("2031-03-16T10:00+09:00"), DAYS);
        assertThat(c.dueAt()).isEqualTo(at("2031-03-18T23:59:59+09:00"));
        assertThat(c.pausedRemaining()).isNull();
    }

    @Test
    void anAnswerAfterTheDeadlineIsGreenButLateAndCountsItsWorkingDays() {
        CaseFile c = opened();
        c.answer("disdukcapil.staf", at("2031-03-09T11:00+09:00"), true, DAYS);
        assertThat(c.light(at("2031-03-09T11:00+09:00"))).isEqualTo(Light.GREEN);
        assertThat(c.late()).isTrue();
        assertThat(c.answerLate()).isTrue();
        assertThat(c.answeredBy()).isEqualTo("disdukcapil.staf");
        assertThat(c.answerWorkingDays()).as("Tue, Wed, Thu and Mon").isEqualTo(4);
        assertThat(c.dueAt()).isNull();
    }

    @Test
    void aNewOwedStepStartsTheLadderAgainAndAStepIsNeverTakenTwice() {
        CaseFile c = opened();
        assertThat(c.climb(EscalationStep.OVERDUE)).isTrue();
        assertThat(c.climb(EscalationStep.OVERDUE)).isFalse();
        assertThat(c.climb(EscalationStep.REMINDER)).isFalse();
        assertThat(c.climb(EscalationStep.VERIFICATION_OVERDUE)).as("the command centre does not owe this step").isFalse();
        c.owe(Party.AGENCY, at("2031-03-09T09:00+09:00"), WorkingDays.of(2), DAYS);
        assertThat(c.escalationLevel()).isZero();
        assertThat(c.climb(EscalationStep.REMINDER)).isTrue();
    }

    @Test
    void aClosedOrRefusedCaseOwesNothing() {
        CaseFile refused = opened();
        refused.refuse(at("2031-03-10T09:00+09:00"), true);
        assertThat(refused.open()).isFalse();
        assertThat(refused.late()).isTrue();
        assertThat(refused.light(at("2031-04-01T09:00+09:00"))).isEqualTo(Light.GREEN);
        CaseFile closed = opened();
        closed.close(at("2031-03-03T09:00+09:00"));
        assertThat(closed.open()).isFalse();
        assertThat(closed.waitingOn()).isNull();
    }

    @Test
    void theCitizenIsWaitedForByPausingNeverGivenADeadline() {
        CaseFile c = opened();
        assertThatThrownBy(() -> c.owe(Party.CITIZEN, at("2031-03-03T09:00+09:00"), WorkingDays.of(1), DAYS))
                .isInstanceOf(IllegalArgumentException.class);
        c.close(at("2031-03-03T09:00+09:00"));
        assertThatThrownBy(() -> c.pause(at("2031-03-03T10:00+09:00"), DAYS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSummaryTheDashboardsShowIsCutAtTwoHundredCharacters() {
        CaseFile c = CaseFile.open(CaseKind.REPORT, "ABCD-2345", "JALAN", "x".repeat(500), false, CasePlace.NOWHERE,
                at("2031-03-02T09:00+09:00"), "SUBMITTED");
        assertThat(c.summary()).hasSize(200).endsWith("…");
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
