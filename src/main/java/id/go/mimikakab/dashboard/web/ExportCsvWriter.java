package id.go.mimikakab.dashboard.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import id.go.mimikakab.system.Wit;

/**
 * CSV as RFC 4180 describes it (CRLF line ends; a field with a separator, quote or line break in double
 * quotes, a quote doubled), tuned for Excel on Indonesian Windows, where most staff open it:
 * <ul>
 * <li>UTF-8 with a byte-order mark, without which Excel reads the bytes as ANSI and garbles any non-ASCII letter;</li>
 * <li>semicolons between fields, because the Indonesian list separator is the semicolon (the comma is the decimal
 * mark there), so Excel splits the columns on open instead of putting each line in one cell;</li>
 * <li>decimals with a comma ("2,5") for the same reason, and no thousands separators;</li>
 * <li>times as ISO 8601 with the WIT offset ({@code 2031-03-03T10:00:00+09:00}), the same as the JSON API: unambiguous
 * for any program and sortable as text (the XLSX export has real date cells for calculating);</li>
 * <li>a text cell that starts with {@code = + - @} or a tab gets a leading apostrophe, so that text a citizen typed
 * is never run as a spreadsheet formula.</li>
 * </ul>
 */
final class ExportCsvWriter implements ExportWriter {

    static final char SEPARATOR = ';';
    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(Wit.ZONE);

    private final Writer out;
    private final List<ExportColumn> columns;
    private final DecimalFormat decimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id")));

    ExportCsvWriter(OutputStream stream, List<ExportColumn> columns, List<String> headings) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        this.columns = columns;
        try {
            out.write(BYTE_ORDER_MARK);
            line(headings.stream().map(ExportCsvWriter::text).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<?> cells) throws IOException {
        String[] fields = new String[cells.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = field(columns.get(i).kind(), cells.get(i));
        }
        line(List.of(fields));
    }

    @Override
    public void note(String text) throws IOException {
        line(List.of(text(text)));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private String field(ExportColumn.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> text(defused(value.toString()));
            case NUMBER -> value.toString();
            case DECIMAL -> decimal.format(((Number) value).doubleValue());
            case PERCENT -> decimal.format(((Number) value).doubleValue() * 100);
            case TIME -> TIME.format((Instant) value);
        };
    }

    private void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.write(fields.get(i));
        }
        out.write(LINE_END);
    }

    /** Quotes a field when it holds a separator, a quote or a line break, doubling its quotes. */
    static String text(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                && value.indexOf(',') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
