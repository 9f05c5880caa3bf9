package id.go.mimikakab.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The weekly on-time rate (0..1 per week, oldest first, {@code null} for a week without follow-ups) as the
 * shapes of an inline SVG line chart for the PDF: the line breaks over empty weeks and each week with data has a
 * dot. It holds no text, since the labels sit in the table under the chart, where they are also searchable.
 */
public record PerformanceReportChart(int width, int height, String path, List<Dot> dots, List<Double> gridLines) {

    static final int WIDTH = 480;
    static final int HEIGHT = 110;
    private static final int MARGIN = 6;

    static PerformanceReportChart of(List<Double> rates) {
        List<Dot> dots = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        double step = rates.size() <= 1 ? 0 : (double) (WIDTH - 2 * MARGIN) / (rates.size() - 1);
        for (int i = 0; i < rates.size(); i++) {
            Double rate = rates.get(i);
            if (rate == null) {
                drawing = false;
                continue;
            }
            double x = MARGIN + i * step;
            double y = y(rate);
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            dots.add(new Dot(x, y));
            drawing = true;
        }
        return new PerformanceReportChart(WIDTH, HEIGHT, path.toString(), dots, List.of(y(0), y(0.5), y(1)));
    }

    /** Whether any week has a rate to draw. */
    public boolean hasData() {
        return !dots.isEmpty();
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static double y(double rate) {
        return MARGIN + (1 - Math.max(0, Math.min(1, rate))) * (HEIGHT - 2 * MARGIN);
    }

    /** One week's point of the line. */
    public record Dot(double x, double y) {
    }
}
