package id.go.mimikakab.satisfaction.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV the way the platform's other exports write it for Excel on Indonesian Windows: semicolons, a decimal comma,
 * CRLF, quotes where needed, and a leading apostrophe on any cell starting with {@code = + - @}, a tab or a carriage
 * return, so that no text is ever run as a spreadsheet formula.
 */
final class SatisfactionCsv {

    private SatisfactionCsv() {
    }

    static String line(List<String> cells) {
        return cells.stream().map(SatisfactionCsv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
