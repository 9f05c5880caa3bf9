package id.go.mimikakab.dashboard.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Draws a week-by-week rate (0..1) as the path of a small server-rendered SVG, so that the leaders' phone needs
 * no chart library; weeks without data break the line. The leaders' page gets it as the model attribute
 * {@code sparkline}.
 */
@Component("sparkline")
public class Sparkline {

    public static final int WIDTH = 110;
    public static final int HEIGHT = 24;

    /** The path of each agency's weekly on-time rate, by agency code, for a page to look up. */
    public java.util.Map<String, String> pathsOf(List<id.go.mimikakab.dashboard.AgencyStanding> agencies) {
        java.util.Map<String, String> paths = new java.util.HashMap<>();
        for (var agency : agencies) {
            paths.put(agency.agencyCode(), path(agency.weeklyOnTimeRate()));
        }
        return paths;
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
