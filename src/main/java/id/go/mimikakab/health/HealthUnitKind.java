package id.go.mimikakab.health;

/** What kind of health unit it is. */
public enum HealthUnitKind {
    /** Pusat Kesehatan Masyarakat: the district's primary care centre. */
    PUSKESMAS,
    /** Rumah Sakit Umum Daerah: the regency's hospital. */
    RSUD,
    /** Puskesmas Pembantu: a small post of a Puskesmas in a village. */
    PUSTU
}
