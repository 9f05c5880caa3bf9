package id.go.mimikakab.dashboard.web;

import id.go.mimikakab.dashboard.PerformanceFigures;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public statistics page: how quickly each agency answers citizens, by agency, district and week; aggregates only. */
@Controller
class PublicStatisticsController {

    private final PerformanceFigures figures;
    private final Sparkline sparkline;

    PublicStatisticsController(PerformanceFigures figures, Sparkline sparkline) {
        this.figures = figures;
        this.sparkline = sparkline;
    }

    @GetMapping("/statistik")
    String statistics(Model model) {
        var standings = figures.standings();
        model.addAttribute("standings", standings);
        model.addAttribute("sparks", sparkline.pathsOf(standings.agencies()));
        model.addAttribute("trend", figures.regencyTrend(PerformanceFigures.TREND_WEEKS));
        return "dashboard/statistics";
    }
}
