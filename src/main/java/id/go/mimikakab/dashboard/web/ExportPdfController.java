package id.go.mimikakab.dashboard.web;

import id.go.mimikakab.dashboard.PerformanceReport;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The PDF performance reports, the same the weekly e-mail carries, made fresh at any time: the regency's for
 * leaders, the command centre and administrators, an agency's also for that agency's head.
 */
@Controller
class ExportPdfController {

    private final PerformanceReport reports;

    ExportPdfController(PerformanceReport reports) {
        this.reports = reports;
    }

    @GetMapping("/pimpinan/laporan-kinerja.pdf")
    ResponseEntity<byte[]> regency() {
        ExportAccess.requireRegencyView();
        return pdf(reports.regency());
    }

    @GetMapping("/pimpinan/opd/{code}/laporan-kinerja.pdf")
    ResponseEntity<byte[]> agency(@PathVariable String code) {
        ExportAccess.requireAgencyView(code);
        return pdf(reports.agency(code));
    }

    private static ResponseEntity<byte[]> pdf(PerformanceReport.Pdf pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(pdf.content());
    }
}
