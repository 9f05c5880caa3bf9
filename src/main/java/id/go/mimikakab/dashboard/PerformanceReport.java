package id.go.mimikakab.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import id.go.mimikakab.account.StaffAccount;
import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportLine;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.NotFoundException;
import id.go.mimikakab.system.Wit;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The performance report as a PDF, for the whole regency (totals with a line per kind of case, reports and
 * applications, the league table counting both with its red counts, oldest
 * reds, on-time rates and medians, the 12-week trend and the oldest red reports) or for one agency (its standing
 * and position, its red and yellow reports, its PICs). Rendered in Bahasa Indonesia from the Thymeleaf templates
 * under {@code dashboard/pdf}, laid out by openhtmltopdf, with the trend drawn as inline SVG. Confidential
 * reports appear by ticket, category and agency only, and no report shows who sent it.
 */
@Component
public class PerformanceReport {

    /** How many red reports the regency report lists, oldest red first. */
    public static final int RED_ITEMS = 50;
    /** How many waiting reports an agency's report lists, red first. */
    public static final int AGENCY_ITEMS = 200;
    /** Red reports come first in the drill-down, so this many rows surely hold the oldest {@link #RED_ITEMS} reds. */
    private static final int RED_SCAN = 1_000;

    private final PerformanceFigures figures;
    private final ReportViews reports;
    private final AgencyDirectory agencies;
    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final StaffAccounts accounts;
    private final HolidayCalendar calendar;
    private final Identity identity;
    private final ITemplateEngine templates;

    PerformanceReport(PerformanceFigures figures, ReportViews reports, AgencyDirectory agencies, ReportCategories categories,
            RegionCatalog regions, StaffAccounts accounts, HolidayCalendar calendar, Identity identity,
            ITemplateEngine templates) {
        this.figures = figures;
        this.reports = reports;
        this.agencies = agencies;
        this.categories = categories;
        this.regions = regions;
        this.accounts = accounts;
        this.calendar = calendar;
        this.identity = identity;
        this.templates = templates;
    }

    /** The regency's report as of now. */
    public Pdf regency() {
        return regency(figures.standings());
    }

    /** One active agency's report as of now; {@link NotFoundException} for an unknown or inactive agency. */
    public Pdf agency(String agencyCode) {
        return agency(figures.standings(), agencyCode);
    }

    /** The regency's report from figures already taken, so that it agrees with the agencies' reports of the same run. */
    public Pdf regency(Standings standings) {
        Context context = context(standings);
        List<ReportLine> red = reports.waitingOnGovernment(null, null, RED_SCAN).stream()
                .filter(line -> line.light() == Light.RED)
                .limit(RED_ITEMS)
                .toList();
        var trend = figures.regencyTrend(PerformanceFigures.TREND_WEEKS);
        context.setVariable("totals", standings.totals());
        Map<CaseKind, PerformanceFigures.OpenLights> byKind = figures.openByKind();
        context.setVariable("reportLights", byKind.get(CaseKind.REPORT));
        context.setVariable("applicationLights", byKind.get(CaseKind.APPLICATION));
        context.setVariable("league", standings.agencies());
        context.setVariable("trend", trend);
        context.setVariable("chart", PerformanceReportChart.of(trend.stream().map(WeekFigures::onTimeRate).toList()));
        context.setVariable("redItems", red);
        context.setVariable("redLimit", RED_ITEMS);
        String html = templates.process("dashboard/pdf/regency", context);
        return new Pdf("laporan-kinerja-" + slug(identity.regencyName()) + "-" + Wit.dateOf(standings.at()) + ".pdf", render(html));
    }

    /** One agency's report from figures already taken. */
    public Pdf agency(Standings standings, String agencyCode) {
        Agency agency = agencies.find(agencyCode).orElseThrow(() -> new NotFoundException("No agency " + agencyCode));
        List<AgencyStanding> league = standings.agencies();
        AgencyStanding standing = league.stream().filter(a -> a.agencyCode().equals(agencyCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("No active agency " + agencyCode));
        List<ReportLine> items = reports.waitingOnGovernment(agencyCode, null, AGENCY_ITEMS + 1);
        LocalDate firstWeek = PerformanceFigures.firstWeek(standings.at(), PerformanceFigures.TREND_WEEKS);
        List<Week> weeks = new java.util.ArrayList<>();
        for (int w = 0; w < standing.weeklyOnTimeRate().size(); w++) {
            weeks.add(new Week(firstWeek.plusWeeks(w), standing.weeklyOnTimeRate().get(w)));
        }
        Map<String, String> names = new HashMap<>();
        List<Pic> pics = figures.picsOf(agencyCode).stream()
                .map(p -> new Pic(names.computeIfAbsent(p.username(), this::displayName), p))
                .toList();
        Context context = context(standings);
        context.setVariable("agency", agency);
        context.setVariable("standing", standing);
        context.setVariable("position", league.indexOf(standing) + 1);
        context.setVariable("of", league.size());
        context.setVariable("weeks", weeks);
        context.setVariable("chart", PerformanceReportChart.of(standing.weeklyOnTimeRate()));
        context.setVariable("items", items.stream().limit(AGENCY_ITEMS).toList());
        context.setVariable("itemsCut", items.size() > AGENCY_ITEMS);
        context.setVariable("itemLimit", AGENCY_ITEMS);
        context.setVariable("pics", pics);
        String html = templates.process("dashboard/pdf/agency", context);
        return new Pdf("laporan-kinerja-" + slug(agency.code()) + "-" + Wit.dateOf(standings.at()) + ".pdf", render(html));
    }

    private Context context(Standings standings) {
        Context context = new Context(PerformanceReportFormat.INDONESIAN);
        context.setVariable("identity", identity);
        context.setVariable("at", standings.at());
        context.setVariable("fmt", new PerformanceReportFormat(standings.at(), calendar.workingDays(), agencies.all(),
                categories.all(), regions.districts()));
        return context;
    }

    private String displayName(String username) {
        return Optional.ofNullable(username).flatMap(accounts::findByUsername).map(StaffAccount::displayName).orElse(username);
    }

    /** Lays out the XHTML of a template as PDF; inline SVG is drawn by Batik. */
    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            // Everything the report shows is inside the document: nothing is fetched, whatever a text contains.
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The performance report could not be laid out as PDF", e);
        }
        return out.toByteArray();
    }

    private static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A rendered report: its file name and its bytes. */
    public record Pdf(String fileName, byte[] content) {

        public static final String CONTENT_TYPE = "application/pdf";
    }

    /** One week of an agency's trend. */
    public record Week(LocalDate weekStart, Double onTimeRate) {
    }

    /** One PIC of an agency, by the name people know them by, with their figures. */
    public record Pic(String name, PicFigures figures) {
    }
}
