package id.go.mimikakab.report;

/** The three kinds of report, as in SP4N-LAPOR!. */
public enum ReportKind {
    /** Pengaduan: something is wrong and the government should fix it. */
    COMPLAINT,
    /** Aspirasi: a wish or proposal for the government. */
    ASPIRATION,
    /** Permintaan informasi: a question the government should answer. */
    INFORMATION_REQUEST
}
