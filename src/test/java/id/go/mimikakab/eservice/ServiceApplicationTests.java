package id.go.mimikakab.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.casework.CasePlace;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.casework.Party;

import org.junit.jupiter.api.Test;

class ServiceApplicationTests {

    private static final WorkingDayCalendar DAYS = WorkingDayCalendar.of(List.of());
    private static final Instant MONDAY = OffsetDateTime.parse("2031-03-03T10:00+09:00").toInstant();
    private static final CatalogueEntry BIRTH = new CatalogueEntry("AKTA_KELAHIRAN", "DISDUKCAPIL", "Akta Kelahiran",
            LifeEvent.BIRTH, "Akta", List.of("KK"), List.of("Isi"), "Akta", "Lapor", 0, true,
            List.of(new FormField("KK", "Kartu Keluarga", FieldType.FILE, true, null, java.util.Set.of("PDF"), 100)),
            List.of(new WorkflowStep(StepName.VERIFICATION, "Verifikasi", Role.AGENCY_STAFF, 1),
                    new WorkflowStep(StepName.PROCESSING, "Proses", Role.AGENCY_STAFF, 1),
                    new WorkflowStep(StepName.APPROVAL, "Setuju", Role.AGENCY_HEAD, 1)), 0);

    private static ServiceApplication submitted() {
        return ServiceApplication.submit(ApplicationNumber.random(), BIRTH, 7, "warga:7", CasePlace.NOWHERE, MONDAY,
                WorkingDays.of(2), DAYS);
    }

    @Test
    void aNewApplicationIsOwedByTheAgencyWithTheVerificationDeadline() {
        ServiceApplication a = submitted();
        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.caseFile().waitingOn()).isEqualTo(Party.AGENCY);
        assertThat(a.caseFile().agencyCode()).isEqualTo("DISDUKCAPIL");
        assertThat(a.light(MONDAY)).isEqualTo(Light.YELLOW);
        assertThat(a.light(MONDAY.plus(Duration.ofDays(3)))).isEqualTo(Light.RED);
    }

    @Test
    void refusesStepsOutOfOrder() {
        ServiceApplication a = submitted();
        assertThatThrownBy(() -> a.issue(null, "kepala", MONDAY, DAYS)).isInstanceOf(ApplicationRefused.class)
                .extracting(e -> ((ApplicationRefused) e).kind()).isEqualTo(ApplicationRefused.Kind.ILLEGAL_TRANSITION);
        assertThatThrownBy(() -> a.sendForApproval(null, "staf", MONDAY, WorkingDays.of(1), DAYS)).isInstanceOf(ApplicationRefused.class);
        assertThatThrownBy(() -> a.resubmit("warga:7", MONDAY, DAYS)).isInstanceOf(ApplicationRefused.class);
    }

    @Test
    void aReturnPausesTheClockAndTheCorrectionResumesItWithTheDaysLeft() {
        ServiceApplication a = submitted();
        a.startVerification("staf", MONDAY);
        a.returnForCorrection(Map.of("KK", "buram"), "staf", MONDAY, DAYS);
        assertThat(a.caseFile().waitingOn()).isEqualTo(Party.CITIZEN);
        assertThat(a.caseFile().pausedRemaining()).isEqualTo(2);
        assertThat(a.light(MONDAY.plus(Duration.ofDays(30)))).isEqualTo(Light.YELLOW);
        Instant later = MONDAY.plus(Duration.ofDays(28));
        a.resubmit("warga:7", later, DAYS);
        assertThat(a.status()).isEqualTo(ApplicationStatus.VERIFICATION);
        assertThat(a.caseFile().dueAt()).isEqualTo(DAYS.deadline(later, WorkingDays.of(2)).toInstant());
    }

    @Test
    void aReturnWithoutAReasonPerFieldIsRefused() {
        ServiceApplication a = submitted();
        assertThatThrownBy(() -> a.returnForCorrection(Map.of(), "staf", MONDAY, DAYS)).isInstanceOf(ApplicationRefused.class);
        assertThatThrownBy(() -> a.returnForCorrection(Map.of("KK", " "), "staf", MONDAY, DAYS)).isInstanceOf(ApplicationRefused.class);
    }

    @Test
    void anyLateStepMakesTheIssuedApplicationLate() {
        ServiceApplication a = submitted();
        Instant afterDeadline = MONDAY.plus(Duration.ofDays(5));
        a.accept("staf", afterDeadline, WorkingDays.of(5), DAYS);
        a.sendForApproval(null, "staf", afterDeadline, WorkingDays.of(2), DAYS);
        a.issue(null, "kepala", afterDeadline, DAYS);
        assertThat(a.status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(a.caseFile().late()).isTrue();
        assertThat(a.caseFile().open()).isFalse();
        assertThat(a.light(afterDeadline)).isEqualTo(Light.GREEN);
    }

    @Test
    void approvalBelongsToTheAgencyHead() {
        assertThat(BIRTH.step(StepName.APPROVAL).orElseThrow().takenBy(Role.AGENCY_STAFF)).isFalse();
        assertThat(BIRTH.step(StepName.APPROVAL).orElseThrow().takenBy(Role.AGENCY_HEAD)).isTrue();
        assertThat(BIRTH.step(StepName.VERIFICATION).orElseThrow().takenBy(Role.AGENCY_HEAD)).isTrue();
        assertThatThrownBy(() -> new WorkflowStep(StepName.APPROVAL, "x", Role.AGENCY_STAFF, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
