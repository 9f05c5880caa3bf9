package id.go.mimikakab.report.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.region.Centroid;
import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.report.MapProperties;
import id.go.mimikakab.report.PublicReport;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.ReportLine;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.Responsible;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public face of reports ({@code /laporan}): the filtered list, the map, one report's page with its public
 * timeline, and "saya juga mengalami". Confidential reports never appear; their pages answer 404.
 */
@Controller
@RequestMapping("/laporan")
class PublicReportsController {

    static final int PAGE_SIZE = 20;
    static final int MAP_POINTS = 1000;
    static final String ME_TOO = "citizen.meToo";

    private final ReportViews views;
    private final ReportWorkflow workflow;
    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final AgencyDirectory agencies;
    private final SubmissionLimiter limiter;
    private final MapProperties map;
    private final MessageSource messages;

    PublicReportsController(ReportViews views, ReportWorkflow workflow, ReportCategories categories,
            RegionCatalog regions, AgencyDirectory agencies, SubmissionLimiter limiter, MapProperties map,
            MessageSource messages) {
        this.views = views;
        this.workflow = workflow;
        this.categories = categories;
        this.regions = regions;
        this.agencies = agencies;
        this.limiter = limiter;
        this.map = map;
        this.messages = messages;
    }

    @GetMapping
    String list(Filter filter, @RequestParam(name = "halaman", defaultValue = "1") int page, Model model) {
        int shown = Math.max(1, Math.min(page, 10_000));
        List<ReportLine> lines = views.publicList(filter.toPublicFilter(), (shown - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("lines", lines.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", shown);
        model.addAttribute("hasNext", lines.size() > PAGE_SIZE);
        model.addAttribute("previousUrl", filter.link("/laporan", shown - 1));
        model.addAttribute("nextUrl", filter.link("/laporan", shown + 1));
        model.addAttribute("xlsxUrl", filter.download("xlsx"));
        model.addAttribute("csvUrl", filter.download("csv"));
        fillFilters(model, filter);
        return "report/list";
    }

    @GetMapping("/peta")
    String map(Filter filter, Model model) {
        List<ReportLine> lines = views.publicList(filter.toPublicFilter(), 0, PAGE_SIZE);
        model.addAttribute("lines", lines);
        model.addAttribute("page", 1);
        model.addAttribute("hasNext", false);
        model.addAttribute("map", map);
        model.addAttribute("pointsUrl", filter.link("/laporan/peta/titik", 1));
        model.addAttribute("listUrl", filter.link("/laporan", 1));
        fillFilters(model, filter);
        return "report/map";
    }

    /** The map's markers: reports with a point, with their light in words for the marker's label. */
    @GetMapping(value = "/peta/titik", produces = "application/json")
    @ResponseBody
    List<MapPoint> points(Filter filter) {
        Map<String, String> names = categoryNames();
        var locale = LocaleContextHolder.getLocale();
        List<MapPoint> points = new ArrayList<>();
        for (ReportLine l : views.publicList(filter.toPublicFilter(), 0, MAP_POINTS)) {
            boolean exact = l.latitude() != null && l.longitude() != null;
            Optional<Centroid> centre = exact ? Optional.empty() : regions.centroidOf(l.districtCode(), l.villageCode());
            if (!exact && centre.isEmpty()) {
                continue;
            }
            points.add(new MapPoint(l.ticket(), exact ? l.latitude() : centre.get().latitude(),
                    exact ? l.longitude() : centre.get().longitude(), !exact, l.light(),
                    messages.getMessage("citizen.light." + l.light().name(), null, locale),
                    names.getOrDefault(l.categoryCode(), l.categoryCode()), "/laporan/" + l.ticket()));
        }
        return points;
    }

    @GetMapping("/{ticket}")
    String show(@PathVariable String ticket, HttpSession session, Model model) {
        fillReport(model, number(ticket), session);
        return "report/public-report";
    }

    /** Adds one "me too"; htmx swaps the counter in place, a plain form comes back to the report's page. */
    @PostMapping("/{ticket}/saya-juga")
    String meToo(@PathVariable String ticket, @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model,
            RedirectAttributes flash) {
        String number = number(ticket);
        boolean fragment = "true".equals(htmx);
        OptionalLong wait = limiter.meToo(request.getRemoteAddr());
        if (wait.isPresent()) {
            if (!fragment) {
                throw new TooManyRequestsException(wait.getAsLong());
            }
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            fillReport(model, number, session);
            model.addAttribute("meTooLimited", true);
            return "report/public-report :: meToo";
        }
        if (!alreadyCounted(session, number)) {
            workflow.meToo(number);
            count(session, number);
        }
        if (fragment) {
            fillReport(model, number, session);
            model.addAttribute("meTooThanks", true);
            return "report/public-report :: meToo";
        }
        flash.addFlashAttribute("meTooThanks", true);
        return "redirect:/laporan/" + number;
    }

    private void fillReport(Model model, String number, HttpSession session) {
        PublicReport report = views.publicView(number, null);
        model.addAttribute("report", report);
        model.addAttribute("categoryName", categories.find(report.categoryCode()).map(ReportCategory::name)
                .orElse(report.categoryCode()));
        model.addAttribute("districtName", report.districtCode() == null ? null
                : regions.district(report.districtCode()).map(District::name).orElse(null));
        model.addAttribute("villageName", report.villageCode() == null ? null
                : regions.village(report.villageCode()).map(Village::name).orElse(null));
        Responsible responsible = report.responsible();
        model.addAttribute("agencyName", responsible.type() == Responsible.Type.AGENCY
                ? agencies.find(responsible.code()).map(Agency::name).orElse(responsible.code()) : null);
        model.addAttribute("showDeadline", report.status().awaitsGovernment() && report.dueAt() != null);
        model.addAttribute("meTooCounted", alreadyCounted(session, number));
    }

    private void fillFilters(Model model, Filter filter) {
        model.addAttribute("filter", filter);
        model.addAttribute("categoryNames", categoryNames());
        model.addAttribute("districtNames", regions.districts().stream()
                .collect(Collectors.toMap(District::code, District::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("agencyNames", agencies.active().stream()
                .collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("lights", Light.values());
    }

    private Map<String, String> categoryNames() {
        return categories.all().stream()
                .collect(Collectors.toMap(ReportCategory::code, ReportCategory::name, (a, b) -> a, LinkedHashMap::new));
    }

    private static String number(String ticket) {
        return TicketNumber.parse(ticket).map(TicketNumber::value)
                .orElseThrow(() -> new NotFoundException("No report with ticket " + ticket));
    }

    private static boolean alreadyCounted(HttpSession session, String ticket) {
        return session.getAttribute(ME_TOO) instanceof Set<?> set && set.contains(ticket);
    }

    @SuppressWarnings("unchecked")
    private static void count(HttpSession session, String ticket) {
        Object stored = session.getAttribute(ME_TOO);
        HashSet<String> tickets = stored instanceof Set<?> set ? new HashSet<>((Set<String>) set) : new HashSet<>();
        tickets.add(ticket);
        session.setAttribute(ME_TOO, tickets);
    }

    /**
     * The list's filters as the query string names them, in Indonesian; an unknown status or light is ignored
     * rather than refused, since people edit these URLs by hand.
     */
    record Filter(String kategori, String distrik, String instansi, String status, String lampu) {

        ReportViews.PublicFilter toPublicFilter() {
            return new ReportViews.PublicFilter(blankToNull(kategori), blankToNull(distrik), blankToNull(instansi),
                    statusValue(), lightValue());
        }

        public ReportStatus statusValue() {
            try {
                return status == null || status.isBlank() ? null : ReportStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        public Light lightValue() {
            try {
                return lampu == null || lampu.isBlank() ? null : Light.valueOf(lampu.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        public boolean any() {
            return blankToNull(kategori) != null || blankToNull(distrik) != null || blankToNull(instansi) != null
                    || statusValue() != null || lightValue() != null;
        }

        /** A link to a page of these results, naming only the filters in use. */
        String link(String path, int page) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
            add(link, "kategori", kategori);
            add(link, "distrik", distrik);
            add(link, "instansi", instansi);
            add(link, "status", statusValue() == null ? null : statusValue().name());
            add(link, "lampu", lightValue() == null ? null : lightValue().name());
            if (page > 1) {
                link.queryParam("halaman", page);
            }
            return link.encode().build().toUriString();
        }

        /** The whole filtered list as a file ({@code csv} or {@code xlsx}), with the export's own parameter names. */
        String download(String format) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/laporan/ekspor." + format);
            add(link, "category", kategori);
            add(link, "district", distrik);
            add(link, "agency", instansi);
            add(link, "status", statusValue() == null ? null : statusValue().name());
            add(link, "light", lightValue() == null ? null : lightValue().name());
            return link.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder link, String name, String value) {
            if (blankToNull(value) != null) {
                link.queryParam(name, value.strip());
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** One marker of the public map. */
    /** A marker; {@code approximate} when the report was placed only by village or district and is drawn at its centre. */
    record MapPoint(String ticket, double lat, double lon, boolean approximate, Light light, String lightWord,
            String category, String url) {
    }
}
