package id.go.mimikakab.dashboard.web;

/** One column of an exported table: the message key of its heading, the kind of its values and its width in characters. */
record ExportColumn(String labelKey, Kind kind, int width) {

    /** What a column holds, which decides how each format writes it. */
    enum Kind {
        /** Text, written as it is (a CSV cell that a spreadsheet would read as a formula is defused). */
        TEXT,
        /** A whole number. */
        NUMBER,
        /** A number with one decimal. */
        DECIMAL,
        /** A rate of 0..1, shown as a percentage. */
        PERCENT,
        /** An instant, shown in WIT. */
        TIME
    }
}
