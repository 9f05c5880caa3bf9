package id.go.mimikakab.dashboard.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.dashboard.DistrictStanding;
import id.go.mimikakab.dashboard.SharedFigures;
import id.go.mimikakab.dashboard.Standings;
import id.go.mimikakab.eservice.OpenApplications;
import id.go.mimikakab.system.Wit;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.CodeNames;
import id.go.mimikakab.report.MapProperties;
import id.go.mimikakab.report.ReportCategories;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The command centre's wall screen: open reports on a map and in a live queue, regency totals, filters, search and
 * the districts by load. The page is complete without JavaScript (a refresh link brings it up to date); with it,
 * the stream at {@code /mcc/siaran} adds and updates rows and markers as reports move, on whichever node. The
 * totals and the districts count open reports, as the queue and the map show them ({@code ?jenis=ALL} or
 * {@code APPLICATION} count other kinds of case, the leaders' way); the stream's figures are of reports, so a page
 * counting another kind keeps its own until it is loaded again. Beside the reports stand the red or late
 * applications (unless {@code ?jenis=REPORT} is chosen) and this year's satisfaction index (IKM) of the regency and of
 * each listed application's agency.
 */
@Controller
class WallController {

    static final int QUEUE_LIMIT = 300;
    static final int HEAT_LEVELS = 4;
    /** How many red or late applications the wall lists beside the reports' queue. */
    static final int APPLICATION_LIMIT = 50;
    private static final Set<Role> VIEWERS = EnumSet.of(Role.COMMAND_CENTER, Role.LEADER, Role.ADMIN);

    private final WallQueries queries;
    private final WallFeed feed;
    private final CodeNames names;
    private final SharedFigures shared;
    private final OpenApplications applications;
    private final ReportCategories categories;
    private final AgencyDirectory agencies;
    private final RegionCatalog regions;
    private final MapProperties map;
    private final HolidayCalendar calendar;
    private final Clock clock;

    WallController(WallQueries queries, WallFeed feed, CodeNames names, SharedFigures shared,
            OpenApplications applications, ReportCategories categories, AgencyDirectory agencies, RegionCatalog regions,
            MapProperties map, HolidayCalendar calendar, Clock clock) {
        this.queries = queries;
        this.feed = feed;
        this.names = names;
        this.shared = shared;
        this.applications = applications;
        this.categories = categories;
        this.agencies = agencies;
        this.regions = regions;
        this.map = map;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/mcc")
    String wall(@ModelAttribute("filter") WallFilter filter, @RequestParam(required = false) String jenis, Model model) {
        StaffMember me = viewer();
        long lastEventId = queries.lastEventId();
        WallQueries.Page page = queries.queue(filter, QUEUE_LIMIT);
        KindFilter kind = KindFilter.onWall(jenis);
        Standings standings = shared.standings(kind.kind());
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", KindFilter.values());
        boolean canRoute = me.role() == Role.COMMAND_CENTER;
        model.addAttribute("page", page);
        model.addAttribute("suggestions", canRoute ? queries.suggestions(page.rows()) : Map.of());
        model.addAttribute("canRoute", canRoute);
        model.addAttribute("names", names.load());
        model.addAttribute("standings", standings);
        model.addAttribute("heat", heat(standings.districts()));
        boolean reportsAlone = kind == KindFilter.REPORT && jenis != null && !jenis.isBlank();
        model.addAttribute("lateApplications", reportsAlone ? List.of() : applications.redOrLate(APPLICATION_LIMIT));
        model.addAttribute("days", new WorkingDaysAgo(calendar, clock));
        model.addAttribute("satisfaction", shared.satisfaction(Wit.dateOf(clock.instant()).getYear()));
        model.addAttribute("since", filter.wallPeriod().since(clock.instant()));
        model.addAttribute("lastEventId", lastEventId);
        model.addAttribute("periods", WallPeriod.values());
        model.addAttribute("lights", Light.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("districts", regions.districts());
        model.addAttribute("agencies", agencies.active());
        model.addAttribute("map", map);
        model.addAttribute("centroids", centroids());
        model.addAttribute("lightRed", Light.RED);
        model.addAttribute("lightYellow", Light.YELLOW);
        model.addAttribute("lightGreen", Light.GREEN);
        return "dashboard/wall";
    }

    /**
     * The live feed as server-sent events: {@code report} events (id = report event id, data = the report as it is
     * now), {@code figures} with new totals, and a heartbeat comment every 15 seconds. A reconnecting browser sends
     * {@code Last-Event-ID}; the page's first connection names the last event it was rendered with as {@code after}.
     */
    @GetMapping(path = "/mcc/siaran", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(required = false) String after) {
        StaffMember me = viewer();
        Long from = number(lastEventId);
        if (from == null) {
            from = number(after);
        }
        return feed.subscribe(new WallFeed.Viewer(LocaleContextHolder.getLocale(), me.role() == Role.COMMAND_CENTER), from);
    }

    private static StaffMember viewer() {
        StaffMember me = SignedIn.required();
        if (!VIEWERS.contains(me.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The wall is for the command centre, leaders and administrators");
        }
        return me;
    }

    /** Each district with a shade from 0 (nothing open) to {@link #HEAT_LEVELS} (the most open reports of any district). */
    static List<HeatRow> heat(List<DistrictStanding> districts) {
        long most = districts.stream().mapToLong(DistrictStanding::open).max().orElse(0);
        List<HeatRow> rows = new ArrayList<>();
        for (DistrictStanding d : districts) {
            int level = most == 0 || d.open() == 0 ? 0 : (int) Math.max(1, Math.ceil(HEAT_LEVELS * (double) d.open() / most));
            rows.add(new HeatRow(d, level));
        }
        return rows;
    }

    private List<DistrictPoint> centroids() {
        return regions.districts().stream()
                .map(d -> new DistrictPoint(d.code(), d.name(), WallDistrictCentroids.of(d.code()).orElse(WallDistrictCentroids.REGENCY)))
                .toList();
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One district in the heat list. */
    public record HeatRow(DistrictStanding district, int level) {
    }

    /** A district's label on the map, at its approximate centre. */
    public record DistrictPoint(String code, String name, WallDistrictCentroids.Point point) {
    }
}
