package id.go.mimikakab.dashboard.web;

import id.go.mimikakab.dashboard.PerformanceFigures;
import id.go.mimikakab.dashboard.SharedFigures;
import id.go.mimikakab.dashboard.Standings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public statistics page: how quickly each agency answers citizens, by agency, district and week; aggregates only. */
@Controller
class PublicStatisticsController {

    private final SharedFigures shared;
    private final Sparkline sparkline;

    PublicStatisticsController(SharedFigures shared, Sparkline sparkline) {
        this.shared = shared;
        this.sparkline = sparkline;
    }

    @GetMapping("/statistik")
    String statistics(Model model) {
        Standings standings = shared.standings();
        model.addAttribute("standings", standings);
        model.addAttribute("sparks", sparkline.pathsOf(standings.agencies()));
        model.addAttribute("trend", shared.regencyTrend(PerformanceFigures.TREND_WEEKS));
        return "dashboard/statistics";
    }
}
