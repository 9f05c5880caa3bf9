package id.go.mimikakab.eservice;

/** The moments of life by which citizens look for a service, as the catalogue groups them. */
public enum LifeEvent {
    /** Kelahiran: a child is born. */
    BIRTH,
    /** Keluarga: the family changes (marriage, a new member, new data). */
    FAMILY,
    /** Pindah: moving house or leaving the regency. */
    MOVING,
    /** Pekerjaan: looking for work or practising a profession. */
    WORK,
    /** Usaha: running a business. */
    BUSINESS,
    /** Kesehatan: health. */
    HEALTH,
    /** Lainnya: anything else. */
    OTHER
}
