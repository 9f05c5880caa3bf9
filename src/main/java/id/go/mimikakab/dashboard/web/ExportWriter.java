package id.go.mimikakab.dashboard.web;

import java.io.IOException;
import java.util.List;

/**
 * Writes an exported table row by row straight to the response, so that a long list never sits in memory
 * as a whole. Cells are {@code String}, {@code Number}, {@code Instant} or {@code null}, as the column's kind says.
 */
interface ExportWriter {

    void row(List<?> cells) throws IOException;

    /** A closing remark after the rows, e.g. that the list was cut at the row limit. */
    void note(String text) throws IOException;

    /** Completes the file; nothing may be written after it. */
    void finish() throws IOException;
}
