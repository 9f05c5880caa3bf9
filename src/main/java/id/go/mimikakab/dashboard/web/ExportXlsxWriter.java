package id.go.mimikakab.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import id.go.mimikakab.system.Wit;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook written as it goes (fastexcel flushes the rows every thousand): one sheet with a bold,
 * frozen heading row and set column widths; times are real date cells in WIT, rates real numbers shown as
 * percentages, so that staff can sort, filter and calculate without converting anything.
 */
final class ExportXlsxWriter implements ExportWriter {

    private static final int FLUSH_EVERY = 1_000;
    private static final String TIME_FORMAT = "dd/mm/yyyy hh:mm";

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<ExportColumn> columns;
    private int row;

    ExportXlsxWriter(OutputStream out, String sheetName, List<ExportColumn> columns, List<String> headings) {
        this.workbook = new Workbook(out, "Mimika", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
        this.columns = columns;
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
            sheet.value(0, c, headings.get(c));
            sheet.style(0, c).bold().fillColor("E9EFEC").set();
        }
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        row++;
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            switch (columns.get(c).kind()) {
                case TEXT -> sheet.value(row, c, value.toString());
                case NUMBER -> sheet.value(row, c, (Number) value);
                case DECIMAL -> {
                    sheet.value(row, c, (Number) value);
                    sheet.style(row, c).format("0.0").set();
                }
                case PERCENT -> {
                    sheet.value(row, c, (Number) value);
                    sheet.style(row, c).format("0%").set();
                }
                case TIME -> {
                    sheet.value(row, c, LocalDateTime.ofInstant((Instant) value, Wit.ZONE));
                    sheet.style(row, c).format(TIME_FORMAT).set();
                }
            }
        }
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void note(String text) throws IOException {
        row += 2;
        sheet.value(row, 0, text);
        sheet.style(row, 0).italic().set();
    }

    @Override
    public void finish() throws IOException {
        workbook.finish();
    }

    /** Excel allows 31 characters and none of {@code []:*?/\} in a sheet name. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
