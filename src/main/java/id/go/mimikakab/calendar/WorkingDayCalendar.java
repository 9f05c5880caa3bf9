package id.go.mimikakab.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of which days are working days: Monday to Friday, less the given holidays.
 * It precomputes, for every day of a wide range of years, the next working day and the count of working
 * days before it, so that a deadline is two array reads instead of a walk over the calendar.
 */
public final class WorkingDayCalendar {

    /** WIT has been a fixed UTC+9 since 1964; a fixed offset keeps the date arithmetic free of zone-rule look-ups. */
    private static final ZoneOffset WIT_OFFSET = ZoneOffset.ofHours(9);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final Set<LocalDate> holidays;
    private final Set<Integer> yearsWithHolidays;
    private final long firstDay;
    /** For each day of the range, the index in {@link #workingDays} of the first working day on or after it. */
    private final int[] nextWorkingIndex;
    /** The epoch days of every working day in the range, ascending. */
    private final long[] workingDays;

    private WorkingDayCalendar(Set<LocalDate> holidays, LocalDate first, LocalDate last) {
        this.holidays = Set.copyOf(holidays);
        this.yearsWithHolidays = this.holidays.stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
        this.firstDay = first.toEpochDay();
        int days = (int) (last.toEpochDay() - firstDay + 1);
        this.nextWorkingIndex = new int[days + 1];
        long[] working = new long[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = LocalDate.ofEpochDay(firstDay + i);
            if (isWeekday(day) && !this.holidays.contains(day)) {
                working[count++] = firstDay + i;
            }
        }
        this.workingDays = java.util.Arrays.copyOf(working, count);
        int index = 0;
        for (int i = 0; i <= days; i++) {
            while (index < count && workingDays[index] < firstDay + i) {
                index++;
            }
            nextWorkingIndex[i] = index;
        }
    }

    /**
     * A calendar whose non-working days are the weekends and the given dates. The precomputed range covers
     * 2000 to 2100 and at least ten years around every holiday given; outside it the answer is still right, only slower.
     */
    public static WorkingDayCalendar of(Collection<LocalDate> holidays) {
        Set<LocalDate> set = new HashSet<>(holidays);
        int firstYear = Math.min(2000, set.stream().mapToInt(LocalDate::getYear).min().orElse(2000) - 10);
        int lastYear = Math.max(2100, set.stream().mapToInt(LocalDate::getYear).max().orElse(2100) + 10);
        return new WorkingDayCalendar(set, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /** Whether any holiday of this year is in the calendar: without, only weekends count and a deadline may move. */
    public boolean holidaysKnownFor(int year) {
        return yearsWithHolidays.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWeekday(day) && !holidays.contains(day);
    }

    /** Whether the day is a national holiday, collective leave or regional day, whatever its weekday. */
    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    /**
     * The moment {@code workingDays} working days after {@code from} end: 23:59:59 WIT of the N-th working day,
     * counting from the day after {@code from}'s date in WIT.
     */
    public OffsetDateTime deadline(Instant from, WorkingDays workingDays) {
        long startDay = Math.floorDiv(from.getEpochSecond() + WIT_OFFSET.getTotalSeconds(), 86_400L) + 1;
        return OffsetDateTime.of(LocalDate.ofEpochDay(nthWorkingDayFrom(startDay, workingDays.count())), END_OF_DAY, WIT_OFFSET);
    }

    /** The N-th working day (N ≥ 1) on or after the given date. */
    public LocalDate nthWorkingDayOnOrAfter(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, not " + n);
        }
        return LocalDate.ofEpochDay(nthWorkingDayFrom(day.toEpochDay(), n));
    }

    /** The number of working days in the closed range {@code [from, to]}; zero when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long a = from.toEpochDay() - firstDay;
        long b = to.toEpochDay() - firstDay + 1;
        if (a >= 0 && b < nextWorkingIndex.length) {
            return nextWorkingIndex[(int) b] - nextWorkingIndex[(int) a];
        }
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** How the deadline {@code due} stands at {@code now}; see {@link Countdown}. */
    public Countdown countdown(Instant due, Instant now) {
        LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(now.getEpochSecond() + WIT_OFFSET.getTotalSeconds(), 86_400L));
        LocalDate dueDay = LocalDate.ofEpochDay(Math.floorDiv(due.getEpochSecond() + WIT_OFFSET.getTotalSeconds(), 86_400L));
        if (!now.isAfter(due)) {
            return new Countdown(false, dueDay.equals(today), dueDay.equals(today) ? 0 : workingDaysBetween(today.plusDays(1), dueDay));
        }
        return new Countdown(true, false, workingDaysBetween(dueDay.plusDays(1), today));
    }

    private long nthWorkingDayFrom(long epochDay, int n) {
        long offset = epochDay - firstDay;
        if (offset >= 0 && offset < nextWorkingIndex.length) {
            int index = nextWorkingIndex[(int) offset] + n - 1;
            if (index < workingDays.length) {
                return workingDays[index];
            }
        }
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        int found = 0;
        while (true) {
            if (isWorkingDay(day) && ++found == n) {
                return day.toEpochDay();
            }
            day = day.plusDays(1);
        }
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}
