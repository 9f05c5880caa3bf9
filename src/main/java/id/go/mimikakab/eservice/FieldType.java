package id.go.mimikakab.eservice;

/** The kinds of question a service's form can ask; each checks its answer by its own rule. */
public enum FieldType {
    /** Free text, at most 2,000 characters. */
    TEXT,
    /** A whole or decimal number. */
    NUMBER,
    /** A date, as the browser's date field sends it (yyyy-mm-dd). */
    DATE,
    /** One of the choices the service lists. */
    CHOICE,
    /** A NIK, checked for form only. */
    NIK,
    /** A family-card number: 16 digits starting with the region code 94 or 91. */
    KK_NUMBER,
    /** An Indonesian mobile number. */
    PHONE,
    /** A village (kampung or kelurahan) of Mimika, by its Kemendagri code. */
    VILLAGE,
    /** A document: a PDF or an image of the allowed types, at most the given size. */
    FILE
}
