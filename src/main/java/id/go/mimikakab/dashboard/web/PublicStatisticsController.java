package id.go.mimikakab.dashboard.web;

import id.go.mimikakab.dashboard.PerformanceFigures;
import id.go.mimikakab.dashboard.SharedFigures;
import id.go.mimikakab.dashboard.Standings;
import id.go.mimikakab.satisfaction.Period;
import id.go.mimikakab.satisfaction.SatisfactionIndex;
import id.go.mimikakab.system.Wit;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public statistics page: how quickly each agency answers citizens, by agency, district and week, and each
 * unit's satisfaction index (IKM) this year; aggregates only.
 */
@Controller
class PublicStatisticsController {

    private final SharedFigures shared;
    private final Sparkline sparkline;
    private final SatisfactionIndex satisfaction;
    private final Clock clock;

    PublicStatisticsController(SharedFigures shared, Sparkline sparkline, SatisfactionIndex satisfaction, Clock clock) {
        this.shared = shared;
        this.sparkline = sparkline;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    @GetMapping("/statistik")
    String statistics(Model model) {
        Standings standings = shared.standings();
        model.addAttribute("standings", standings);
        model.addAttribute("sparks", sparkline.pathsOf(standings.agencies()));
        model.addAttribute("trend", shared.regencyTrend(PerformanceFigures.TREND_WEEKS));
        int year = Wit.dateOf(clock.instant()).getYear();
        model.addAttribute("ikmYear", Integer.toString(year));
        model.addAttribute("ikm", satisfaction.of(year, Period.Kind.YEAR));
        return "dashboard/statistics";
    }
}
