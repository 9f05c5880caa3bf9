package id.go.mimikakab.region;

/** The two kinds of village-level government in Mimika. */
public enum VillageKind {
    /** A customary or rural village led by a kepala kampung. */
    KAMPUNG,
    /** An urban ward led by a lurah, part of the regency administration. */
    KELURAHAN
}
