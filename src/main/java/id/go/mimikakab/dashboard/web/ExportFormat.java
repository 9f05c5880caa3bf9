package id.go.mimikakab.dashboard.web;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import id.go.mimikakab.system.NotFoundException;

/** The file formats of list exports: CSV for any tool, XLSX for spreadsheets with real numbers and dates. */
enum ExportFormat {

    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The format named by a file extension in the path; 404 for any other, as for a file that does not exist. */
    static ExportFormat of(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new NotFoundException("No export as ." + extension);
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    ExportWriter open(OutputStream out, String sheetName, List<ExportColumn> columns, List<String> headings) {
        return switch (this) {
            case CSV -> new ExportCsvWriter(out, columns, headings);
            case XLSX -> new ExportXlsxWriter(out, sheetName, columns, headings);
        };
    }
}
