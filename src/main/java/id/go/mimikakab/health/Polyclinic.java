package id.go.mimikakab.health;

/** A clinic of a unit (umum, gigi, KIA/KB, anak, lansia …) that takes bookings. */
public record Polyclinic(long id, String unitCode, String code, String name, boolean active) {
}
