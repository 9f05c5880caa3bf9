package id.go.mimikakab.dashboard.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.go.mimikakab.dashboard.AgencyStanding;

import org.springframework.stereotype.Component;

/**
 * Draws a week-by-week rate (0..1) as the path of a small server-rendered SVG, so that the leaders' phone needs
 * no chart library; weeks without data break the line. The leaders' page gets it as the model attribute
 * {@code sparkline}. The paths of one league table are drawn once and reused while its figures are shared.
 */
@Component("sparkline")
public class Sparkline {

    public static final int WIDTH = 110;
    public static final int HEIGHT = 24;

    /** The paths of the league tables drawn last, by the table itself (identity), as long as someone holds it. */
    private final Cache<List<AgencyStanding>, Map<String, String>> drawn = Caffeine.newBuilder().weakKeys().maximumSize(16).build();

    /** The path of each agency's weekly on-time rate, by agency code, for a page to look up. */
    public Map<String, String> pathsOf(List<AgencyStanding> agencies) {
        return drawn.get(agencies, this::draw);
    }

    private Map<String, String> draw(List<AgencyStanding> agencies) {
        Map<String, String> paths = new HashMap<>();
        for (AgencyStanding agency : agencies) {
            paths.put(agency.agencyCode(), path(agency.weeklyOnTimeRate()));
        }
        return Map.copyOf(paths);
    }

    public String path(List<Double> rates) {
        if (rates == null || rates.isEmpty()) {
            return "";
        }
        double step = rates.size() == 1 ? 0 : (double) (WIDTH - 4) / (rates.size() - 1);
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < rates.size(); i++) {
            Double rate = rates.get(i);
            if (rate == null) {
                drawing = false;
                continue;
            }
            double x = 2 + i * step;
            double y = 2 + (1 - Math.max(0, Math.min(1, rate))) * (HEIGHT - 4);
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M"))
                    .append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            drawing = true;
        }
        return path.toString();
    }
}
