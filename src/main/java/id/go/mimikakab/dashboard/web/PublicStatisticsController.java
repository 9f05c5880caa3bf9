package id.go.mimikakab.dashboard.web;

import id.go.mimikakab.dashboard.PerformanceFigures;
import id.go.mimikakab.dashboard.SharedStandings;
import id.go.mimikakab.dashboard.Standings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public statistics page: how quickly each agency answers citizens, by agency, district and week; aggregates only. */
@Controller
class PublicStatisticsController {

    private final SharedStandings shared;
    private final PerformanceFigures figures;
    private final Sparkline sparkline;

    PublicStatisticsController(SharedStandings shared, PerformanceFigures figures, Sparkline sparkline) {
        this.shared = shared;
        this.figures = figures;
        this.sparkline = sparkline;
    }

    @GetMapping("/statistik")
    String statistics(Model model) {
        Standings standings = shared.standings();
        model.addAttribute("standings", standings);
        model.addAttribute("sparks", sparkline.pathsOf(standings.agencies()));
        model.addAttribute("trend", figures.regencyTrend(PerformanceFigures.TREND_WEEKS));
        return "dashboard/statistics";
    }
}
