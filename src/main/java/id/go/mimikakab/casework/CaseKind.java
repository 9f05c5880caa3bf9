package id.go.mimikakab.casework;

/** What a case is; each kind has a module that owns its content and its lifecycle. */
public enum CaseKind {
    /** A citizen's report (laporan): a complaint, an aspiration or a request for information. */
    REPORT,
    /** An application for a public service (permohonan layanan), e.g. a birth certificate. */
    APPLICATION,
    /** A booked visit to a health unit (kunjungan Puskesmas/RSUD). */
    BOOKING
}
