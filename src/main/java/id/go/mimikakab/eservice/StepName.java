package id.go.mimikakab.eservice;

import java.util.List;

/** The steps of every application's workflow that the agency owes, each with its own deadline (case_policy). */
public enum StepName {
    /** Verifikasi: the documents are checked; the application may be returned for correction. */
    VERIFICATION,
    /** Pemrosesan: the agency prepares the product. */
    PROCESSING,
    /** Persetujuan: the agency head approves (the document is issued) or rejects. */
    APPROVAL;

    public static final List<StepName> IN_ORDER = List.of(VERIFICATION, PROCESSING, APPROVAL);
}
