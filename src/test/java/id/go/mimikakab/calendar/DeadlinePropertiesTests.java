package id.go.mimikakab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import id.go.mimikakab.testing.Cases;

import org.junit.jupiter.api.Test;

/** Properties of deadlines in working days, checked against a day-by-day count on generated calendars and moments. */
class DeadlinePropertiesTests {

    static final ZoneOffset WIT = ZoneOffset.ofHours(9);

    private static Set<LocalDate> holidays(Random random) {
        Set<LocalDate> days = new HashSet<>();
        int count = random.nextInt(60);
        for (int i = 0; i < count; i++) {
            days.add(LocalDate.of(2024 + random.nextInt(4), 1, 1).plusDays(random.nextInt(366)));
        }
        if (random.nextInt(10) == 0) {
            // a run of collective leave as long as Idul Fitri's
            LocalDate start = LocalDate.of(2025, 3, 28).plusDays(random.nextInt(300));
            for (int i = 0; i < 10; i++) {
                days.add(start.plusDays(i));
            }
        }
        return days;
    }

    private static Instant moment(Random random) {
        return Instant.parse("2024-06-01T00:00:00Z").plusSeconds(random.nextLong(2L * 365 * 86_400));
    }

    private static boolean working(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    @Test
    void theDeadlineIsTheEndOfTheNthWorkingDayAfterTheDayOfReceiptInWit() {
        Cases.check(300, random -> {
            Set<LocalDate> holidays = holidays(random);
            WorkingDayCalendar calendar = WorkingDayCalendar.of(holidays);
            Instant from = moment(random);
            int n = 1 + random.nextInt(random.nextBoolean() ? 10 : WorkingDays.MAX);

            OffsetDateTime deadline = calendar.deadline(from, WorkingDays.of(n));

            LocalDate day = from.atOffset(WIT).toLocalDate();
            for (int counted = 0; counted < n; ) {
                day = day.plusDays(1);
                if (working(day, holidays)) {
                    counted++;
                }
            }
            assertThat(deadline.toLocalDate()).as("%d working days from %s", n, from).isEqualTo(day);
            assertThat(deadline.getOffset()).isEqualTo(WIT);
            assertThat(deadline.toLocalTime().toString()).isEqualTo("23:59:59");
            assertThat(calendar.isWorkingDay(deadline.toLocalDate())).isTrue();
            assertThat(calendar.workingDaysBetween(from.atOffset(WIT).toLocalDate().plusDays(1), deadline.toLocalDate()))
                    .isEqualTo(n);
        });
    }

    @Test
    void oneWorkingDayMoreNeverEndsEarlierAndAHolidayNeverEndsSooner() {
        Cases.check(200, random -> {
            Set<LocalDate> holidays = holidays(random);
            Instant from = moment(random);
            int n = 1 + random.nextInt(30);
            WorkingDayCalendar calendar = WorkingDayCalendar.of(holidays);
            assertThat(calendar.deadline(from, WorkingDays.of(n + 1))).isAfter(calendar.deadline(from, WorkingDays.of(n)));

            Set<LocalDate> more = new HashSet<>(holidays);
            more.add(from.atOffset(WIT).toLocalDate().plusDays(1 + random.nextInt(20)));
            assertThat(WorkingDayCalendar.of(more).deadline(from, WorkingDays.of(n)))
                    .isAfterOrEqualTo(calendar.deadline(from, WorkingDays.of(n)));
        });
    }

    @Test
    void aNumberOfWorkingDaysOutsideOneTo365IsRefusedWithAMessage() {
        Cases.check(500, random -> {
            int count = random.nextBoolean() ? -random.nextInt(Integer.MAX_VALUE) : WorkingDays.MAX + 1 + random.nextInt(1_000_000);
            try {
                WorkingDays.of(count);
                throw new AssertionError("accepted " + count);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).contains(String.valueOf(count));
            }
        });
    }
}
