package id.go.mimikakab.dashboard.web;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffAccount;
import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.dashboard.AgencyStanding;
import id.go.mimikakab.dashboard.PerformanceFigures;
import id.go.mimikakab.dashboard.SharedFigures;
import id.go.mimikakab.dashboard.Standings;
import id.go.mimikakab.eservice.OpenApplications;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.satisfaction.RegencySatisfaction;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.report.CodeNames;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.StaffReport;
import id.go.mimikakab.system.NotFoundException;
import id.go.mimikakab.system.Wit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The leaders' phone dashboard: totals, the agency league table and drill-downs by agency and by district down
 * to the single report. Leaders, the command centre and administrators see the whole regency; an agency head
 * sees their own agency's page only. The first screen and its JSON count every kind of case, or reports or
 * applications only ({@code ?jenis=REPORT|APPLICATION}). Beside the lights stand this year's satisfaction index
 * (IKM) of each agency and of the regency, and an agency's page lists its waiting applications beside its reports.
 */
@Controller
class LeaderDashboardController {

    static final int DRILL_DOWN_LIMIT = 200;

    private final SharedFigures shared;
    private final PerformanceFigures figures;
    private final ReportViews reports;
    private final OpenApplications applications;
    private final AgencyDirectory agencies;
    private final RegionCatalog regions;
    private final HolidayCalendar calendar;
    private final Sparkline sparkline;
    private final CodeNames names;
    private final StaffAccounts accounts;
    private final Clock clock;

    LeaderDashboardController(SharedFigures shared, PerformanceFigures figures, ReportViews reports,
            OpenApplications applications, AgencyDirectory agencies, RegionCatalog regions, HolidayCalendar calendar,
            Sparkline sparkline, CodeNames names, StaffAccounts accounts, Clock clock) {
        this.names = names;
        this.accounts = accounts;
        this.shared = shared;
        this.figures = figures;
        this.reports = reports;
        this.applications = applications;
        this.agencies = agencies;
        this.regions = regions;
        this.calendar = calendar;
        this.sparkline = sparkline;
        this.clock = clock;
    }

    @ModelAttribute
    void lights(Model model) {
        model.addAttribute("lightRed", Light.RED);
        model.addAttribute("lightYellow", Light.YELLOW);
        model.addAttribute("lightGreen", Light.GREEN);
    }

    @GetMapping("/pimpinan")
    String dashboard(@RequestParam(required = false) String jenis, Model model) {
        requireRegencyView();
        KindFilter kind = KindFilter.of(jenis);
        Standings standings = shared.standings(kind.kind());
        model.addAttribute("standings", standings);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", KindFilter.values());
        model.addAttribute("sparks", sparkline.pathsOf(standings.agencies()));
        model.addAttribute("satisfaction", shared.satisfaction(Wit.dateOf(clock.instant()).getYear()));
        model.addAttribute("days", new WorkingDaysAgo(calendar, clock));
        return "dashboard/leaders";
    }

    @GetMapping("/api/v1/dashboard")
    @ResponseBody
    Standings dashboardData(@RequestParam(required = false) String jenis) {
        requireRegencyView();
        return shared.standings(KindFilter.of(jenis).kind());
    }

    @GetMapping("/pimpinan/opd/{code}")
    String agency(@PathVariable String code, Model model) {
        StaffMember me = SignedIn.required();
        boolean ownAgencyHead = me.role() == Role.AGENCY_HEAD && me.worksFor(code);
        if (!ownAgencyHead) {
            requireRegencyView();
        }
        var agency = agencies.find(code).orElseThrow(() -> new NotFoundException("No agency " + code));
        Standings standings = shared.standings();
        List<AgencyStanding> league = standings.agencies();
        AgencyStanding standing = league.stream().filter(a -> a.agencyCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("No active agency " + code));
        model.addAttribute("agency", agency);
        model.addAttribute("standing", standing);
        model.addAttribute("position", league.indexOf(standing) + 1);
        model.addAttribute("of", league.size());
        addItems(model, WaitingCase.merged(reports.waitingOnGovernment(code, null, DRILL_DOWN_LIMIT + 1),
                applications.waiting(code, null, DRILL_DOWN_LIMIT + 1)));
        RegencySatisfaction satisfaction = shared.satisfaction(Wit.dateOf(clock.instant()).getYear());
        model.addAttribute("ikm", satisfaction.of(code));
        model.addAttribute("ikmYear", satisfaction.period().label());
        model.addAttribute("pics", figures.picsOf(code));
        model.addAttribute("picNames", accounts.all().stream()
                .collect(Collectors.toMap(StaffAccount::username, StaffAccount::displayName, (a, b) -> a)));
        model.addAttribute("names", names.load());
        model.addAttribute("at", standings.at());
        model.addAttribute("days", new WorkingDaysAgo(calendar, clock));
        return "dashboard/agency";
    }

    @GetMapping("/pimpinan/distrik/{code}")
    String district(@PathVariable String code, Model model) {
        requireRegencyView();
        model.addAttribute("names", names.load());
        model.addAttribute("district", regions.district(code).orElseThrow(() -> new NotFoundException("No district " + code)));
        addItems(model, reports.waitingOnGovernment(null, code, DRILL_DOWN_LIMIT + 1));
        model.addAttribute("at", clock.instant());
        model.addAttribute("days", new WorkingDaysAgo(calendar, clock));
        return "dashboard/district";
    }

    /** The drill-down's first {@link #DRILL_DOWN_LIMIT} items, red and oldest first, and whether there are more. */
    private static void addItems(Model model, List<?> items) {
        boolean more = items.size() > DRILL_DOWN_LIMIT;
        model.addAttribute("items", more ? items.subList(0, DRILL_DOWN_LIMIT) : items);
        model.addAttribute("more", more);
        model.addAttribute("limit", DRILL_DOWN_LIMIT);
    }

    @GetMapping("/pimpinan/laporan/{ticket}")
    String report(@PathVariable String ticket, Model model) {
        StaffReport item = reports.staffView(ticket, SignedIn.required());
        model.addAttribute("item", item);
        model.addAttribute("names", names.load());
        model.addAttribute("village", item.report().villageCode() == null ? null
                : regions.village(item.report().villageCode()).map(Village::name).orElse(item.report().villageCode()));
        model.addAttribute("days", new WorkingDaysAgo(calendar, clock));
        model.addAttribute("today", Wit.dateOf(clock.instant()));
        return "dashboard/report";
    }

    private static void requireRegencyView() {
        Role role = SignedIn.required().role();
        if (role != Role.LEADER && role != Role.ADMIN && role != Role.COMMAND_CENTER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The regency dashboard is for leaders and the command centre");
        }
    }
}
