package id.go.mimikakab.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.go.mimikakab.testing.HolidayDecrees;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

    static final List<LocalDate> DECREES_2025_2026 = HolidayDecrees.DATES_2025_2026;

    private final WorkingDayCalendar calendar = WorkingDayCalendar.of(DECREES_2025_2026);

    private OffsetDateTime due(String from, int days) {
        return calendar.deadline(OffsetDateTime.parse(from).toInstant(), WorkingDays.of(days));
    }

    @Test
    void endsAtOneSecondBeforeMidnightWitOfTheFifthWorkingDay() {
        assertThat(due("2026-11-23T09:00:00+09:00", 5)).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+09:00"));
    }

    @Test
    void startsCountingOnTheDayAfterEvenWhenSubmittedEarlyInTheMorning() {
        assertThat(due("2026-11-24T00:00:01+09:00", 1)).isEqualTo(OffsetDateTime.parse("2026-11-25T23:59:59+09:00"));
    }

    @Test
    void skipsTheWeekendForAReportSentOnFridayEvening() {
        assertThat(due("2026-11-27T21:00:00+09:00", 1)).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+09:00"));
        assertThat(due("2026-11-28T12:00:00+09:00", 5)).isEqualTo(OffsetDateTime.parse("2026-12-04T23:59:59+09:00"));
    }

    @Test
    void countsTheWitDateOfAnInstantLateInTheUtcEvening() {
        // 20:00 UTC on Thursday is already 05:00 on Friday in Timika: counting starts on Saturday, not Friday.
        assertThat(due("2026-11-26T20:00:00Z", 1)).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+09:00"));
        assertThat(due("2026-11-26T14:59:59Z", 1)).isEqualTo(OffsetDateTime.parse("2026-11-27T23:59:59+09:00"));
        assertThat(due("2026-11-26T15:00:00Z", 1)).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+09:00"));
    }

    @Test
    void crossesTheYearBoundaryOverChristmasLeaveAndNewYear() {
        // Wed 23 Dec 2026: 24 (leave), 25 (holiday), 26–27 weekend, 28–31 working; 2027 has no decree loaded yet.
        assertThat(due("2026-12-23T10:00:00+09:00", 4)).isEqualTo(OffsetDateTime.parse("2026-12-31T23:59:59+09:00"));
        assertThat(due("2026-12-23T10:00:00+09:00", 5)).isEqualTo(OffsetDateTime.parse("2027-01-01T23:59:59+09:00"));
        // 2025 into 2026: 25–26 Dec 2025 and 1 Jan 2026 are off.
        assertThat(due("2025-12-24T10:00:00+09:00", 3)).isEqualTo(OffsetDateTime.parse("2025-12-31T23:59:59+09:00"));
        assertThat(due("2025-12-24T10:00:00+09:00", 4)).isEqualTo(OffsetDateTime.parse("2026-01-02T23:59:59+09:00"));
    }

    @Test
    void jumpsOverTheIdulFitriCollectiveLeaveOf2025() {
        // 28 Mar – 7 Apr 2025 is one block of holidays, leave and weekends.
        assertThat(due("2025-03-27T10:00:00+09:00", 1)).isEqualTo(OffsetDateTime.parse("2025-04-08T23:59:59+09:00"));
        assertThat(due("2025-03-27T10:00:00+09:00", 5)).isEqualTo(OffsetDateTime.parse("2025-04-14T23:59:59+09:00"));
    }

    @Test
    void jumpsOverTheNyepiAndIdulFitriCollectiveLeaveOf2026() {
        // 18 – 24 Mar 2026: Nyepi leave, Nyepi, Idul Fitri leave, Idul Fitri on the weekend, leave on Mon–Tue.
        assertThat(due("2026-03-17T10:00:00+09:00", 1)).isEqualTo(OffsetDateTime.parse("2026-03-25T23:59:59+09:00"));
        // Monday 16 Mar: Tue 17, then Wed 25 – Fri 27 and Mon 30.
        assertThat(due("2026-03-16T10:00:00+09:00", 5)).isEqualTo(OffsetDateTime.parse("2026-03-30T23:59:59+09:00"));
    }

    @Test
    void treatsHolidaysOnAWeekendAsNoExtraDayOff() {
        // Hari Lahir Pancasila 2025 fell on a Sunday: Monday 2 June is a working day.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-06-02"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-06-01"))).isFalse();
    }

    @Test
    void countsWorkingDaysInAClosedRange() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-27"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-30"))).isZero();
    }

    @Test
    void answersOutsideThePrecomputedRangeWithWeekendsOnly() {
        assertThat(calendar.deadline(Instant.parse("2150-06-05T01:00:00Z"), WorkingDays.of(1)))
                .isEqualTo(OffsetDateTime.parse("2150-06-08T23:59:59+09:00"));
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2150-06-01"), LocalDate.parse("2150-06-14"))).isEqualTo(10);
    }

    @Test
    void agreesWithAPlainDayByDayWalkThroughoutBothDecreeYears() {
        for (LocalDate day = LocalDate.parse("2024-12-01"); day.isBefore(LocalDate.parse("2027-01-31")); day = day.plusDays(1)) {
            for (int n : new int[] {1, 3, 5, 10, 14}) {
                LocalDate expected = day;
                int found = 0;
                while (found < n) {
                    expected = expected.plusDays(1);
                    if (calendar.isWorkingDay(expected)) {
                        found++;
                    }
                }
                Instant noon = day.atTime(12, 0).atOffset(java.time.ZoneOffset.ofHours(9)).toInstant();
                assertThat(calendar.deadline(noon, WorkingDays.of(n)).toLocalDate()).as("%s + %d", day, n).isEqualTo(expected);
            }
        }
    }

    @Test
    void countsDownInWorkingDaysAsPeopleSayIt() {
        Instant dueFriday = OffsetDateTime.parse("2026-12-04T23:59:59+09:00").toInstant();
        assertThat(calendar.countdown(dueFriday, OffsetDateTime.parse("2026-12-02T10:00:00+09:00").toInstant()))
                .isEqualTo(new Countdown(false, false, 2));
        assertThat(calendar.countdown(dueFriday, OffsetDateTime.parse("2026-12-04T10:00:00+09:00").toInstant()))
                .isEqualTo(new Countdown(false, true, 0));
        assertThat(calendar.countdown(dueFriday, OffsetDateTime.parse("2026-12-05T10:00:00+09:00").toInstant()))
                .isEqualTo(new Countdown(true, false, 0));
        assertThat(calendar.countdown(dueFriday, OffsetDateTime.parse("2026-12-08T10:00:00+09:00").toInstant()))
                .isEqualTo(new Countdown(true, false, 2));
        // Over Christmas leave: due Wednesday 23 Dec, seen on Monday 28 Dec, only the 28th counts.
        assertThat(calendar.countdown(OffsetDateTime.parse("2026-12-23T23:59:59+09:00").toInstant(),
                OffsetDateTime.parse("2026-12-28T10:00:00+09:00").toInstant())).isEqualTo(new Countdown(true, false, 1));
    }

    @Test
    void refusesZeroOrMoreThanAYearOfWorkingDays() {
        assertThatThrownBy(() -> WorkingDays.of(0)).hasMessageContaining("between 1 and 365");
        assertThatThrownBy(() -> WorkingDays.of(366)).hasMessageContaining("between 1 and 365");
    }
}
