package id.go.mimikakab.bench.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.calendar.WorkingDays;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a working-day deadline on a warm {@link WorkingDayCalendar} holding the 2025 and 2026 Indonesian
 * national holidays and collective-leave days, and the cost of building that calendar (done on every calendar edit).
 *
 * <p>The deadlines start from a fixed pseudo-random set of instants spread over 2025–2026, so that the JIT cannot
 * fold the call to a constant and every run measures the same inputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkingDayDeadlineBenchmark {

    private static final ZoneOffset WIT = ZoneOffset.ofHours(9);

    /** Copied from the {@code insert into holiday} lines of src/main/resources/db/migration/V2__mimika_reference_data.sql. */
    static final List<LocalDate> HOLIDAYS_2025_2026 = List.of(
            "2025-01-01", // NATIONAL_HOLIDAY: Tahun Baru 2025 Masehi
            "2025-01-27", // NATIONAL_HOLIDAY: Isra Mikraj Nabi Muhammad SAW
            "2025-01-28", // COLLECTIVE_LEAVE: Cuti bersama Tahun Baru Imlek
            "2025-01-29", // NATIONAL_HOLIDAY: Tahun Baru Imlek 2576 Kongzili
            "2025-03-28", // COLLECTIVE_LEAVE: Cuti bersama Hari Suci Nyepi
            "2025-03-29", // NATIONAL_HOLIDAY: Hari Suci Nyepi (Tahun Baru Saka 1947)
            "2025-03-31", // NATIONAL_HOLIDAY: Idul Fitri 1446 H
            "2025-04-01", // NATIONAL_HOLIDAY: Idul Fitri 1446 H
            "2025-04-02", // COLLECTIVE_LEAVE: Cuti bersama Idul Fitri
            "2025-04-03", // COLLECTIVE_LEAVE: Cuti bersama Idul Fitri
            "2025-04-04", // COLLECTIVE_LEAVE: Cuti bersama Idul Fitri
            "2025-04-07", // COLLECTIVE_LEAVE: Cuti bersama Idul Fitri
            "2025-04-18", // NATIONAL_HOLIDAY: Wafat Yesus Kristus
            "2025-04-20", // NATIONAL_HOLIDAY: Kebangkitan Yesus Kristus (Paskah)
            "2025-05-01", // NATIONAL_HOLIDAY: Hari Buruh Internasional
            "2025-05-12", // NATIONAL_HOLIDAY: Hari Raya Waisak 2569 BE
            "2025-05-13", // COLLECTIVE_LEAVE: Cuti bersama Waisak
            "2025-05-29", // NATIONAL_HOLIDAY: Kenaikan Yesus Kristus
            "2025-05-30", // COLLECTIVE_LEAVE: Cuti bersama Kenaikan Yesus Kristus
            "2025-06-01", // NATIONAL_HOLIDAY: Hari Lahir Pancasila
            "2025-06-06", // NATIONAL_HOLIDAY: Idul Adha 1446 H
            "2025-06-09", // COLLECTIVE_LEAVE: Cuti bersama Idul Adha
            "2025-06-27", // NATIONAL_HOLIDAY: 1 Muharam Tahun Baru Islam 1447 H
            "2025-08-17", // NATIONAL_HOLIDAY: Proklamasi Kemerdekaan RI
            "2025-08-18", // COLLECTIVE_LEAVE: Cuti bersama HUT ke-80 RI
            "2025-09-05", // NATIONAL_HOLIDAY: Maulid Nabi Muhammad SAW
            "2025-12-25", // NATIONAL_HOLIDAY: Kelahiran Yesus Kristus
            "2025-12-26", // COLLECTIVE_LEAVE: Cuti bersama Natal
            "2026-01-01", // NATIONAL_HOLIDAY: Tahun Baru 2026 Masehi
            "2026-01-16", // NATIONAL_HOLIDAY: Isra Mikraj Nabi Muhammad SAW
            "2026-02-16", // COLLECTIVE_LEAVE: Cuti bersama Tahun Baru Imlek
            "2026-02-17", // NATIONAL_HOLIDAY: Tahun Baru Imlek 2577 Kongzili
            "2026-03-18", // COLLECTIVE_LEAVE: Cuti bersama Hari Suci Nyepi
            "2026-03-19", // NATIONAL_HOLIDAY: Hari Suci Nyepi (Tahun Baru Saka 1948)
            "2026-03-20", // COLLECTIVE_LEAVE: Cuti bersama Idul Fitri
            "2026-03-21", // NATIONAL_HOLIDAY: Idul Fitri 1447 H
            "2026-03-22", // NATIONAL_HOLIDAY: Idul Fitri 1447 H
            "2026-03-23", // COLLECTIVE_LEAVE: Cuti bersama Idul Fitri
            "2026-03-24", // COLLECTIVE_LEAVE: Cuti bersama Idul Fitri
            "2026-04-03", // NATIONAL_HOLIDAY: Wafat Yesus Kristus
            "2026-04-05", // NATIONAL_HOLIDAY: Kebangkitan Yesus Kristus (Paskah)
            "2026-05-01", // NATIONAL_HOLIDAY: Hari Buruh Internasional
            "2026-05-14", // NATIONAL_HOLIDAY: Kenaikan Yesus Kristus
            "2026-05-15", // COLLECTIVE_LEAVE: Cuti bersama Kenaikan Yesus Kristus
            "2026-05-27", // NATIONAL_HOLIDAY: Idul Adha 1447 H
            "2026-05-28", // COLLECTIVE_LEAVE: Cuti bersama Idul Adha
            "2026-05-31", // NATIONAL_HOLIDAY: Hari Raya Waisak 2570 BE
            "2026-06-01", // NATIONAL_HOLIDAY: Hari Lahir Pancasila
            "2026-06-16", // NATIONAL_HOLIDAY: 1 Muharam Tahun Baru Islam 1448 H
            "2026-08-17", // NATIONAL_HOLIDAY: Proklamasi Kemerdekaan RI
            "2026-08-25", // NATIONAL_HOLIDAY: Maulid Nabi Muhammad SAW
            "2026-12-24", // COLLECTIVE_LEAVE: Cuti bersama Natal
            "2026-12-25" // NATIONAL_HOLIDAY: Kelahiran Yesus Kristus
            ).stream().map(LocalDate::parse).toList();

    /** A power of two, so that the next index is a mask; small enough to stay in cache. */
    private static final int INSTANTS = 1024;

    private List<LocalDate> holidays;
    private WorkingDayCalendar calendar;
    private WorkingDays five;
    private WorkingDays twenty;
    private Instant[] instants;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        holidays = HOLIDAYS_2025_2026;
        calendar = WorkingDayCalendar.of(holidays);
        five = WorkingDays.of(5);
        twenty = WorkingDays.of(20);

        long first = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, WIT).toEpochSecond();
        long end = OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, WIT).toEpochSecond();
        SplittableRandom random = new SplittableRandom(20250101L);
        instants = new Instant[INSTANTS];
        for (int i = 0; i < INSTANTS; i++) {
            instants[i] = Instant.ofEpochSecond(random.nextLong(first, end));
        }

        // Guard against measuring a wrong calendar: across Nyepi and Idul Fitri 2025 (SKB 2025 dates).
        OffsetDateTime expected = OffsetDateTime.of(2025, 4, 14, 23, 59, 59, 0, WIT);
        OffsetDateTime actual = calendar.deadline(OffsetDateTime.of(2025, 3, 27, 10, 0, 0, 0, WIT).toInstant(), five);
        if (holidays.size() != 53 || !expected.equals(actual)) {
            throw new IllegalStateException("Unexpected calendar: " + holidays.size() + " holidays, deadline " + actual);
        }
    }

    private Instant nextInstant() {
        Instant from = instants[next];
        next = (next + 1) & (INSTANTS - 1);
        return from;
    }

    /** A typical service-level deadline: the end of the 5th working day after a report is filed. */
    @Benchmark
    public OffsetDateTime deadlineFiveWorkingDays() {
        return calendar.deadline(nextInstant(), five);
    }

    /** A longer deadline: the same two array reads, so it should cost the same as five. */
    @Benchmark
    public OffsetDateTime deadlineTwentyWorkingDays() {
        return calendar.deadline(nextInstant(), twenty);
    }

    /** Building the immutable snapshot (2000–2100 precomputed), as happens on every edit of the holiday calendar. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public WorkingDayCalendar buildCalendarSnapshot() {
        return WorkingDayCalendar.of(holidays);
    }
}
