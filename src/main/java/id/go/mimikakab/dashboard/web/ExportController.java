package id.go.mimikakab.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.dashboard.AgencyStanding;
import id.go.mimikakab.dashboard.PerformanceFigures;
import id.go.mimikakab.eservice.ApplicationSummary;
import id.go.mimikakab.eservice.OpenApplications;
import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.ReportLine;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.system.NotFoundException;
import id.go.mimikakab.system.Wit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lists as CSV or XLSX files, in the language of the screens, written to the response as they are read:
 * <ul>
 * <li>the public list with its filters, for anyone, never with a confidential report;</li>
 * <li>for leaders, the command centre and administrators, the league table and the cases waiting on the
 * government in one district; an agency's waiting cases also for that agency's head. These include
 * confidential reports, since their readers see those on screen too, but no file says who reported anything.
 * Staff files hold reports and applications (column "Jenis kasus"), or one kind with {@code ?jenis=REPORT|APPLICATION}
 * as on the dashboard; an application's line has its service, status and deadline, never the applicant's answers.</li>
 * </ul>
 * The public list stays reports only, since applications concern one person each.
 * A file holds at most {@link #MAX_ROWS} reports; a longer list is cut there and its file says so in a last line
 * (the header {@code X-Row-Limit} names the limit on every export).
 */
@Controller
class ExportController {

    static final int MAX_ROWS = 100_000;
    static final String ROW_LIMIT_HEADER = "X-Row-Limit";
    private static final int PAGE = 1_000;

    private static final List<ExportColumn> REPORT_COLUMNS = List.of(
            new ExportColumn("dash.export.col.ticket", ExportColumn.Kind.TEXT, 12),
            new ExportColumn("dash.export.col.kind", ExportColumn.Kind.TEXT, 14),
            new ExportColumn("dash.export.col.category", ExportColumn.Kind.TEXT, 24),
            new ExportColumn("dash.export.col.agency", ExportColumn.Kind.TEXT, 18),
            new ExportColumn("dash.export.col.district", ExportColumn.Kind.TEXT, 18),
            new ExportColumn("dash.export.col.village", ExportColumn.Kind.TEXT, 20),
            new ExportColumn("dash.export.col.status", ExportColumn.Kind.TEXT, 22),
            new ExportColumn("dash.export.col.light", ExportColumn.Kind.TEXT, 8),
            new ExportColumn("dash.export.col.late", ExportColumn.Kind.TEXT, 10),
            new ExportColumn("dash.export.col.submitted", ExportColumn.Kind.TIME, 17),
            new ExportColumn("dash.export.col.due", ExportColumn.Kind.TIME, 17),
            new ExportColumn("dash.export.col.meToo", ExportColumn.Kind.NUMBER, 10),
            new ExportColumn("dash.export.col.description", ExportColumn.Kind.TEXT, 60));
    private static final List<ExportColumn> STAFF_REPORT_COLUMNS = staffColumns();
    private static final List<ExportColumn> LEAGUE_COLUMNS = List.of(
            new ExportColumn("dash.export.col.position", ExportColumn.Kind.NUMBER, 10),
            new ExportColumn("dash.export.col.agencyCode", ExportColumn.Kind.TEXT, 14),
            new ExportColumn("dash.export.col.agency", ExportColumn.Kind.TEXT, 30),
            new ExportColumn("dash.export.col.red", ExportColumn.Kind.NUMBER, 8),
            new ExportColumn("dash.export.col.yellow", ExportColumn.Kind.NUMBER, 8),
            new ExportColumn("dash.export.col.green", ExportColumn.Kind.NUMBER, 8),
            new ExportColumn("dash.export.col.oldestRed", ExportColumn.Kind.TIME, 20),
            new ExportColumn("dash.export.col.redDays", ExportColumn.Kind.NUMBER, 14),
            new ExportColumn("dash.export.col.onTime", ExportColumn.Kind.PERCENT, 14),
            new ExportColumn("dash.export.col.median", ExportColumn.Kind.DECIMAL, 16));

    private final ReportViews reports;
    private final OpenApplications applications;
    private final PerformanceFigures figures;
    private final AgencyDirectory agencies;
    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final HolidayCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    ExportController(ReportViews reports, OpenApplications applications, PerformanceFigures figures, AgencyDirectory agencies, ReportCategories categories,
            RegionCatalog regions, HolidayCalendar calendar, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.applications = applications;
        this.figures = figures;
        this.agencies = agencies;
        this.categories = categories;
        this.regions = regions;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** The public list as a file, with the filters of {@code GET /api/v1/reports}; newest first. */
    @GetMapping("/laporan/ekspor.{format}")
    void publicList(@PathVariable String format, @RequestParam(required = false) String category,
            @RequestParam(required = false) String district, @RequestParam(required = false) String agency,
            @RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Light light,
            HttpServletResponse response) throws IOException {
        ExportFormat as = ExportFormat.of(format);
        ReportViews.PublicFilter filter = new ReportViews.PublicFilter(blank(category), blank(district), blank(agency), status, light);
        Names names = names();
        try (OutputStream out = start(response, as, "laporan")) {
            ExportWriter writer = as.open(out, text("dash.export.sheet.reports"), REPORT_COLUMNS, headings(REPORT_COLUMNS));
            // Pages by offset, newest first: a report that arrives meanwhile pushes the list down one place,
            // so the next page would repeat a row; the set drops such repeats.
            Set<String> written = new HashSet<>();
            int offset = 0;
            boolean cut = false;
            while (true) {
                List<ReportLine> page = reports.publicList(filter, offset, PAGE);
                for (ReportLine line : page) {
                    if (written.size() == MAX_ROWS) {
                        cut = true;
                        break;
                    }
                    if (written.add(line.ticket())) {
                        writer.row(reportRow(line, names, false));
                    }
                }
                if (cut || page.size() < PAGE) {
                    break;
                }
                offset += PAGE;
            }
            finish(writer, cut);
        }
    }

    /** The agency league table, in the dashboard's order, of every kind of case or of one. */
    @GetMapping("/pimpinan/ekspor/opd.{format}")
    void league(@PathVariable String format, @RequestParam(required = false) String jenis, HttpServletResponse response)
            throws IOException {
        ExportAccess.requireRegencyView();
        ExportFormat as = ExportFormat.of(format);
        List<AgencyStanding> league = figures.standings(KindFilter.of(jenis).kind()).agencies();
        WorkingDaysAgo days = new WorkingDaysAgo(calendar, clock);
        try (OutputStream out = start(response, as, "peringkat-opd")) {
            ExportWriter writer = as.open(out, text("dash.export.sheet.league"), LEAGUE_COLUMNS, headings(LEAGUE_COLUMNS));
            int position = 0;
            for (AgencyStanding a : league) {
                position++;
                List<Object> row = new ArrayList<>();
                row.add(position);
                row.add(a.agencyCode());
                row.add(a.agencyName());
                row.add(a.red());
                row.add(a.yellow());
                row.add(a.green());
                row.add(a.oldestRedSince());
                row.add(a.oldestRedSince() == null ? null : days.since(a.oldestRedSince()));
                row.add(a.onTimeRate());
                row.add(a.medianFollowUpWorkingDays());
                writer.row(row);
            }
            writer.finish();
        }
    }

    /** One agency's cases waiting on it, red first. */
    @GetMapping("/pimpinan/opd/{code}/ekspor.{format}")
    void agency(@PathVariable String code, @PathVariable String format, @RequestParam(required = false) String jenis,
            HttpServletResponse response) throws IOException {
        ExportAccess.requireAgencyView(code);
        ExportFormat as = ExportFormat.of(format);
        agencies.find(code).orElseThrow(() -> new NotFoundException("No agency " + code));
        waiting(response, as, "laporan-opd-" + code.toLowerCase(Locale.ROOT), KindFilter.of(jenis), code, null);
    }

    /** One district's cases waiting on the government, red first. */
    @GetMapping("/pimpinan/distrik/{code}/ekspor.{format}")
    void district(@PathVariable String code, @PathVariable String format, @RequestParam(required = false) String jenis,
            HttpServletResponse response) throws IOException {
        ExportAccess.requireRegencyView();
        ExportFormat as = ExportFormat.of(format);
        regions.district(code).orElseThrow(() -> new NotFoundException("No district " + code));
        waiting(response, as, "laporan-distrik-" + code.replace('.', '-'), KindFilter.of(jenis), null, code);
    }

    private void waiting(HttpServletResponse response, ExportFormat as, String baseName, KindFilter kind, String agencyCode,
            String districtCode) throws IOException {
        List<ReportLine> reportLines = kind == KindFilter.APPLICATION ? List.of()
                : reports.waitingOnGovernment(agencyCode, districtCode, MAX_ROWS + 1);
        List<ApplicationSummary> applicationLines = kind == KindFilter.REPORT ? List.of()
                : applications.waiting(agencyCode, districtCode, MAX_ROWS + 1);
        List<WaitingCase> lines = WaitingCase.merged(reportLines, applicationLines);
        Names names = names();
        try (OutputStream out = start(response, as, baseName)) {
            ExportWriter writer = as.open(out, text("dash.export.sheet.reports"), STAFF_REPORT_COLUMNS, headings(STAFF_REPORT_COLUMNS));
            for (WaitingCase line : lines.subList(0, Math.min(lines.size(), MAX_ROWS))) {
                writer.row(line.isApplication() ? applicationRow(line.application(), districtCode, names)
                        : reportRow(line.report(), names, true));
            }
            finish(writer, lines.size() > MAX_ROWS);
        }
    }

    /** An application in the staff files' columns: no report kind, village, support or description of its own. */
    private List<Object> applicationRow(ApplicationSummary application, String districtCode, Names names) {
        List<Object> row = new ArrayList<>();
        row.add(application.reference());
        row.add(text("dash.case.APPLICATION"));
        row.add(null);
        row.add(application.serviceName());
        row.add(names.agencies().getOrDefault(application.agencyCode(), application.agencyCode()));
        row.add(districtCode == null ? null : names.districts().getOrDefault(districtCode, districtCode));
        row.add(null);
        row.add(text("eservice.status." + application.status().name()));
        row.add(text("dash.light." + application.light().name()));
        row.add(text(application.late() ? "dash.export.yes" : "dash.export.no"));
        row.add(application.submittedAt());
        row.add(application.dueAt());
        row.add(null);
        row.add(null);
        row.add(null);
        return row;
    }

    private List<Object> reportRow(ReportLine line, Names names, boolean staff) {
        List<Object> row = new ArrayList<>();
        row.add(line.ticket());
        if (staff) {
            row.add(text("dash.case.REPORT"));
        }
        row.add(text("dash.export.kind." + line.kind().name()));
        row.add(names.categories().getOrDefault(line.categoryCode(), line.categoryCode()));
        row.add(line.agencyCode() == null ? null : names.agencies().getOrDefault(line.agencyCode(), line.agencyCode()));
        row.add(line.districtCode() == null ? null : names.districts().getOrDefault(line.districtCode(), line.districtCode()));
        row.add(line.villageCode() == null ? null : regions.village(line.villageCode()).map(Village::name).orElse(line.villageCode()));
        row.add(text("dash.status." + line.status().name()));
        row.add(text("dash.light." + line.light().name()));
        row.add(text(line.late() ? "dash.export.yes" : "dash.export.no"));
        row.add(line.submittedAt());
        row.add(line.dueAt());
        row.add(line.meToo());
        if (staff) {
            row.add(line.assignee());
        }
        row.add(line.description());
        return row;
    }

    private void finish(ExportWriter writer, boolean cut) throws IOException {
        if (cut) {
            writer.note(text("dash.export.truncated", MAX_ROWS));
        }
        writer.finish();
    }

    private OutputStream start(HttpServletResponse response, ExportFormat format, String baseName) throws IOException {
        Instant now = clock.instant();
        String fileName = baseName + "-" + Wit.dateOf(now) + "." + format.extension();
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(ROW_LIMIT_HEADER, Integer.toString(MAX_ROWS));
        return response.getOutputStream();
    }

    private List<String> headings(List<ExportColumn> columns) {
        return columns.stream().map(c -> text(c.labelKey())).toList();
    }

    private Names names() {
        return new Names(
                agencies.all().stream().collect(Collectors.toMap(Agency::code, Agency::shortName)),
                categories.all().stream().collect(Collectors.toMap(ReportCategory::code, ReportCategory::name)),
                regions.districts().stream().collect(Collectors.toMap(District::code, District::name, (a, b) -> a)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The public columns with the kind of case after the ticket and the PIC before the description. */
    private static List<ExportColumn> staffColumns() {
        List<ExportColumn> columns = new ArrayList<>(REPORT_COLUMNS);
        columns.add(1, new ExportColumn("dash.export.col.caseKind", ExportColumn.Kind.TEXT, 12));
        columns.add(columns.size() - 1, new ExportColumn("dash.export.col.assignee", ExportColumn.Kind.TEXT, 16));
        return List.copyOf(columns);
    }

    /** Names by code, read once per file. */
    private record Names(Map<String, String> agencies, Map<String, String> categories, Map<String, String> districts) {
    }
}
