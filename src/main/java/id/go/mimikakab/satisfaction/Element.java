package id.go.mimikakab.satisfaction;

/**
 * The nine elements of the SKM questionnaire in the order of PermenPANRB 14/2017; each is answered 1 (worst) to 4
 * (best). Their wording and answer labels are the message keys {@code satisfaction.element.U1.*} and so on.
 */
public enum Element {
    /** Persyaratan. */
    U1,
    /** Sistem, mekanisme, dan prosedur. */
    U2,
    /** Waktu penyelesaian. */
    U3,
    /** Biaya/tarif. */
    U4,
    /** Produk spesifikasi jenis pelayanan. */
    U5,
    /** Kompetensi pelaksana. */
    U6,
    /** Perilaku pelaksana. */
    U7,
    /** Penanganan pengaduan, saran dan masukan. */
    U8,
    /** Sarana dan prasarana. */
    U9;

    /** The column of the element in {@code survey_response}. */
    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
