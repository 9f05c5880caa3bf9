package id.go.mimikakab.calendar;

/** Why a day is not a working day, besides being a Saturday or Sunday. */
public enum HolidayKind {
    /** A national public holiday (libur nasional) set by the SKB 3 Menteri. */
    NATIONAL_HOLIDAY,
    /** A collective leave day (cuti bersama) for civil servants, set by the same decree. */
    COLLECTIVE_LEAVE,
    /** A day off declared by the province or regency, e.g. 5 February in Papua. */
    REGIONAL
}
