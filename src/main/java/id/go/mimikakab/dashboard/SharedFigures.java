package id.go.mimikakab.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The figures as the dashboards' viewers and the public statistics get them, one computation of the standings
 * (and of each length of trend) shared by every caller within {@code mimika.dashboard.figures-max-age}, while the
 * figures that must be exact when asked for (weekly PDF, exports, the wall's live feed) come from
 * {@link PerformanceFigures} directly.
 */
@Component
public class SharedFigures {

    /** The longest trend anyone may ask for, in weeks; it also bounds the number of trends kept. */
    public static final int MAX_TREND_WEEKS = 104;

    private final PerformanceFigures figures;
    private final Duration maxAge;
    private final SingleFlight<Standings> standings;
    private final Map<Integer, SingleFlight<List<WeekFigures>>> trends = new ConcurrentHashMap<>();

    SharedFigures(PerformanceFigures figures, DashboardProperties properties) {
        this.figures = figures;
        this.maxAge = properties.figuresMaxAge();
        this.standings = new SingleFlight<>(figures::standings, maxAge, System::nanoTime);
    }

    /** Totals, league table and districts, at most the max age old (or as old as the computation still running). */
    public Standings standings() {
        return standings.get();
    }

    /** The regency's weekly trend over 1 to {@link #MAX_TREND_WEEKS} weeks, oldest first, shared like the standings. */
    public List<WeekFigures> regencyTrend(int weeks) {
        if (weeks < 1 || weeks > MAX_TREND_WEEKS) {
            throw new IllegalArgumentException("A trend covers 1 to " + MAX_TREND_WEEKS + " weeks, not " + weeks);
        }
        return trends.computeIfAbsent(weeks, w -> new SingleFlight<>(() -> figures.regencyTrend(w), maxAge, System::nanoTime))
                .get();
    }
}
