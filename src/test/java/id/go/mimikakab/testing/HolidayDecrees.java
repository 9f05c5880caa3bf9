package id.go.mimikakab.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The national holidays and collective leave of the SKB 3 Menteri for 2025 and 2026, as the migration loads them. */
public final class HolidayDecrees {

    /** The holidays and collective leave of the SKB for 2025 and 2026, as loaded by the migration. */
    public static final List<LocalDate> DATES_2025_2026 = Stream.of(
            "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-03-28", "2025-03-29", "2025-03-31",
            "2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07", "2025-04-18", "2025-04-20",
            "2025-05-01", "2025-05-12", "2025-05-13", "2025-05-29", "2025-05-30", "2025-06-01", "2025-06-06",
            "2025-06-09", "2025-06-27", "2025-08-17", "2025-08-18", "2025-09-05", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-18", "2026-03-19", "2026-03-20",
            "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-04-03", "2026-04-05", "2026-05-01",
            "2026-05-14", "2026-05-15", "2026-05-27", "2026-05-28", "2026-05-31", "2026-06-01", "2026-06-16",
            "2026-08-17", "2026-08-25", "2026-12-24", "2026-12-25")
            .map(LocalDate::parse).toList();

    private HolidayDecrees() {
    }
}
