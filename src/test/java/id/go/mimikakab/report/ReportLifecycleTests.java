package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.testing.HolidayDecrees;

import org.junit.jupiter.api.Test;

class ReportLifecycleTests {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(HolidayDecrees.DATES_2025_2026);
    /** The national defaults (3, 5 and 14 working days), as the migration loads them. */
    static final SlaPolicy POLICY = new SlaPolicy("JALAN", 3, 5, 14, false);

    static Instant at(String witDateTime) {
        return OffsetDateTime.parse(witDateTime + "+09:00").toInstant();
    }

    static Report submittedOnMonday() {
        NewReport content = new NewReport(ReportKind.COMPLAINT, "JALAN", "Jalan berlubang di depan pasar", "94.04.01",
                "94.04.01.1008", null, null, null, false, false, null, null, "warga@example.org");
        return Report.submit(new TicketNumber("ABCD-EFGH"), content, Channel.WEB, null, at("2026-11-23T09:00:00"),
                POLICY, CALENDAR);
    }

    @Test
    void aNewReportWaitsThreeWorkingDaysForTheCommandCentre() {
        Report r = submittedOnMonday();
        assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(r.dueAt()).isEqualTo(at("2026-11-26T23:59:59"));
        assertThat(r.light(at("2026-11-26T23:59:59"))).isEqualTo(Light.YELLOW);
        assertThat(r.light(at("2026-11-27T00:00:00"))).isEqualTo(Light.RED);
    }

    @Test
    void routingGivesTheAgencyFiveWorkingDaysFromTheRoutingDay() {
        Report r = submittedOnMonday();
        r.routeTo("PUPR", "mcc", at("2026-11-24T10:00:00"), POLICY, CALENDAR);
        assertThat(r.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(r.agencyCode()).isEqualTo("PUPR");
        assertThat(r.dueAt()).isEqualTo(at("2026-12-01T23:59:59"));
    }

    @Test
    void turnsRedWhenNoFollowUpAfterFiveWorkingDaysAndGreenButLateWhenItComes() {
        Report r = submittedOnMonday();
        r.routeTo("PUPR", "mcc", at("2026-11-24T10:00:00"), POLICY, CALENDAR);
        assertThat(r.light(at("2026-12-01T20:00:00"))).isEqualTo(Light.YELLOW);
        assertThat(r.light(at("2026-12-02T08:00:00"))).isEqualTo(Light.RED);

        r.followUp("Tim meninjau lokasi", true, "pupr.staf", at("2026-12-03T10:00:00"), POLICY, CALENDAR);
        assertThat(r.light(at("2026-12-03T10:00:01"))).isEqualTo(Light.GREEN);
        assertThat(r.late()).isTrue();
        assertThat(r.caseFile().answerLate()).isTrue();
        assertThat(r.recordedEntries()).last().satisfies(e -> assertThat(e.late()).isTrue());
    }

    @Test
    void aFollowUpInTimeIsGreenAndNotLate() {
        Report r = submittedOnMonday();
        r.routeTo("PUPR", "mcc", at("2026-11-24T10:00:00"), POLICY, CALENDAR);
        r.followUp("Tim meninjau lokasi", true, "pupr.staf", at("2026-11-25T10:00:00"), POLICY, CALENDAR);
        assertThat(r.late()).isFalse();
        assertThat(r.dueAt()).isNull();
        assertThat(r.completionTargetAt()).isEqualTo(at("2026-12-14T23:59:59"));
    }

    @Test
    void askingTheReporterPausesTheVerificationClockAndTheAnswerResumesIt() {
        Report r = submittedOnMonday();
        r.askForInformation("Di sisi jalan sebelah mana?", "mcc", at("2026-11-23T15:00:00"), CALENDAR);
        assertThat(r.status()).isEqualTo(ReportStatus.NEEDS_INFO);
        assertThat(r.caseFile().pausedRemaining()).isEqualTo(3);
        assertThat(r.light(at("2026-12-20T00:00:00"))).isEqualTo(Light.YELLOW);

        r.answerInformation("Sebelah kiri dari arah bandara", at("2026-12-07T09:00:00"), CALENDAR);
        assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(r.dueAt()).isEqualTo(at("2026-12-10T23:59:59"));
    }

    @Test
    void completionOpensATenWorkingDayWindowToConfirmOrReopen() {
        Report r = submittedOnMonday();
        r.routeTo("PUPR", "mcc", at("2026-11-24T10:00:00"), POLICY, CALENDAR);
        r.complete("Lubang sudah ditambal", "pupr.staf", at("2026-11-26T10:00:00"), POLICY, CALENDAR);
        assertThat(r.status()).isEqualTo(ReportStatus.COMPLETED);
        assertThat(r.caseFile().answeredAt()).isEqualTo(at("2026-11-26T10:00:00"));
        assertThat(r.closeDueAt()).isEqualTo(at("2026-12-10T23:59:59"));

        assertThat(r.closeIfSilent(at("2026-12-10T23:00:00"))).isFalse();
        r.reopen("Tambalannya sudah rusak lagi", at("2026-12-10T09:00:00"), POLICY, CALENDAR);
        assertThat(r.status()).isEqualTo(ReportStatus.REOPENED);
        assertThat(r.dueAt()).isEqualTo(at("2026-12-17T23:59:59"));
        assertThat(r.light(at("2026-12-18T00:00:00"))).isEqualTo(Light.RED);
    }

    @Test
    void aCompletedReportClosesByItselfAfterTenSilentWorkingDays() {
        Report r = submittedOnMonday();
        r.routeTo("PUPR", "mcc", at("2026-11-24T10:00:00"), POLICY, CALENDAR);
        r.complete("Lubang sudah ditambal", "pupr.staf", at("2026-11-26T10:00:00"), POLICY, CALENDAR);
        assertThat(r.closeIfSilent(at("2026-12-11T00:00:00"))).isTrue();
        assertThat(r.status()).isEqualTo(ReportStatus.CLOSED);
        assertThatThrownBy(() -> r.reopen("terlambat", at("2026-12-11T01:00:00"), POLICY, CALENDAR))
                .isInstanceOf(ReportRefused.class);
    }

    @Test
    void refusesIllegalTransitions() {
        Report r = submittedOnMonday();
        assertThatThrownBy(() -> r.followUp("x", true, "pupr.staf", at("2026-11-24T10:00:00"), POLICY, CALENDAR))
                .isInstanceOf(ReportRefused.class).hasMessageContaining("SUBMITTED");
        assertThatThrownBy(() -> r.confirm(5, null, at("2026-11-24T10:00:00")))
                .isInstanceOf(ReportRefused.class);
        r.reject(RejectionReason.SPAM, "Iklan, bukan laporan", null, "mcc", at("2026-11-24T10:00:00"));
        assertThatThrownBy(() -> r.routeTo("PUPR", "mcc", at("2026-11-24T11:00:00"), POLICY, CALENDAR))
                .isInstanceOf(ReportRefused.class).hasMessageContaining("REJECTED");
    }

    @Test
    void aRejectionAfterTheVerificationDeadlineCountsAsLateButIsGreen() {
        Report r = submittedOnMonday();
        r.reject(RejectionReason.NOT_REGENCY_AUTHORITY, "Kewenangan Balai Jalan Nasional", null, "mcc",
                at("2026-11-30T10:00:00"));
        assertThat(r.light(at("2026-11-30T10:00:01"))).isEqualTo(Light.GREEN);
        assertThat(r.late()).isTrue();
    }

    @Test
    void aDuplicateMustNameTheOtherTicketAndARatingIsOneToFive() {
        Report r = submittedOnMonday();
        assertThatThrownBy(() -> r.reject(RejectionReason.DUPLICATE, "Sama dengan laporan lain", null, "mcc",
                at("2026-11-24T10:00:00"))).hasMessageContaining("other ticket");
        r.routeTo("PUPR", "mcc", at("2026-11-24T10:00:00"), POLICY, CALENDAR);
        r.complete("Selesai", "pupr.staf", at("2026-11-25T10:00:00"), POLICY, CALENDAR);
        assertThatThrownBy(() -> r.confirm(6, null, at("2026-11-26T10:00:00"))).hasMessageContaining("1 to 5");
    }

    @Test
    void eachStepRegistersItsEventWithTheReportAsTheStepLeftIt() {
        Report r = submittedOnMonday();
        r.routeTo("PUPR", "mcc", at("2026-11-24T10:00:00"), POLICY, CALENDAR);
        r.followUp("Tim meninjau lokasi", true, "pupr.staf", at("2026-11-25T10:00:00"), POLICY, CALENDAR);
        r.followUp("Catatan internal", false, "pupr.staf", at("2026-11-25T11:00:00"), POLICY, CALENDAR);
        r.complete("Lubang sudah ditambal", "pupr.staf", at("2026-11-26T10:00:00"), POLICY, CALENDAR);
        r.confirm(5, "Terima kasih", at("2026-11-27T10:00:00"));

        assertThat(r.registeredEvents()).extracting(e -> e.getClass().getSimpleName()).containsExactly("ReportSubmitted",
                "ReportRouted", "ReportFollowedUp", "ReportFollowedUp", "ReportCompleted", "ReportClosed");
        assertThat(r.registeredEvents()).extracting(ReportEvent::eventId).doesNotHaveDuplicates();
        assertThat(r.registeredEvents()).allSatisfy(e -> {
            assertThat(e.ticket()).isEqualTo("ABCD-EFGH");
            assertThat(e.reporterEmail()).isEqualTo("warga@example.org");
        });
        ReportRouted routed = (ReportRouted) r.registeredEvents().get(1);
        assertThat(routed.rerouted()).isFalse();
        assertThat(routed.agencyCode()).isEqualTo("PUPR");
        assertThat(routed.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(routed.dueAt()).isEqualTo(at("2026-12-01T23:59:59"));
        ReportFollowedUp first = (ReportFollowedUp) r.registeredEvents().get(2);
        ReportFollowedUp internal = (ReportFollowedUp) r.registeredEvents().get(3);
        assertThat(first.firstResponse()).isTrue();
        assertThat(first.publicNote()).isEqualTo("Tim meninjau lokasi");
        assertThat(internal.firstResponse()).isFalse();
        assertThat(internal.publicNote()).as("an internal note is for staff only").isNull();
        assertThat(((ReportClosed) r.registeredEvents().get(5)).automatic()).isFalse();

        r.eventsPublished();
        assertThat(r.registeredEvents()).isEmpty();
    }

    @Test
    void aDuplicateOfAConfidentialReportIsMergedWithoutNamingIt() {
        NewReport secret = new NewReport(ReportKind.COMPLAINT, "JALAN", "Pungutan liar di pos retribusi", "94.04.01",
                "94.04.01.1008", null, null, null, false, true, null, null, null);
        Report original = Report.submit(new TicketNumber("HJKM-NPQR"), secret, Channel.WEB, null, at("2026-11-23T08:00:00"),
                POLICY, CALENDAR);
        Report duplicate = submittedOnMonday();

        duplicate.reject(RejectionReason.DUPLICATE, "Sama dengan laporan lain", original, "mcc", at("2026-11-24T10:00:00"));

        assertThat(duplicate.mergedInto()).as("staff still see it").isEqualTo("HJKM-NPQR");
        assertThat(duplicate.registeredEvents()).last().isInstanceOfSatisfying(ReportMerged.class, merged -> {
            assertThat(merged.mergedInto()).isNull();
            assertThat(merged.publicNote()).isEqualTo("Sama dengan laporan lain");
        });
    }

    @Test
    void ticketsAreEightCharactersWithoutLookAlikesAndReadAsTyped() {
        TicketNumber ticket = TicketNumber.random();
        assertThat(ticket.value()).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}");
        assertThat(TicketNumber.parse(" abcd efgh ")).contains(new TicketNumber("ABCD-EFGH"));
        assertThat(TicketNumber.parse("abcdefgh")).contains(new TicketNumber("ABCD-EFGH"));
        assertThat(TicketNumber.parse("ABCD-EFG")).isEmpty();
        assertThat(TicketNumber.parse("ABCD-EFG1")).isEmpty();
    }
}
