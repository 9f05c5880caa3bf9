package id.go.mimikakab.satisfaction;

import java.time.LocalDate;

/** A reporting period of the IKM: a year ("2026"), a quarter ("2026-Q1") or a month ("2026-01"), in WIT. */
public record Period(Kind kind, int year, int number) {

    /** How long a period is. */
    public enum Kind {
        /** Tahun. */
        YEAR,
        /** Triwulan. */
        QUARTER,
        /** Bulan. */
        MONTH
    }

    public Period {
        if (kind == Kind.QUARTER && (number < 1 || number > 4) || kind == Kind.MONTH && (number < 1 || number > 12)) {
            throw new IllegalArgumentException("No " + kind + " " + number);
        }
        number = kind == Kind.YEAR ? 0 : number;
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, month);
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    /** The day after the period ends. */
    public LocalDate end() {
        return switch (kind) {
            case YEAR -> firstDay().plusYears(1);
            case QUARTER -> firstDay().plusMonths(3);
            case MONTH -> firstDay().plusMonths(1);
        };
    }

    /** "2026", "2026-Q1" or "2026-01". */
    public String label() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
