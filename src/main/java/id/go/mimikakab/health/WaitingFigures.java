package id.go.mimikakab.health;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import id.go.mimikakab.system.Wit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health units' accountability figures for the public statistics and the leaders' dashboard: per unit and
 * polyclinic over the last 30 days, how many booked, how many were seen, how long they waited from check-in to being
 * called (median and average), and how many did not come (booked but never checked in by the end of their day, or
 * skipped when called). Pages viewed by many at once (the leaders' dashboard, {@code /statistik}) share one
 * computation for {@code mimika.health.figures-max-age}; the API counts afresh.
 */
@Component
public class WaitingFigures {

    public static final int DAYS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoadingCache<LocalDate, List<PolyclinicFigures>> shared;

    WaitingFigures(JdbcClient jdbc, Clock clock, HealthProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shared = Caffeine.newBuilder().expireAfterWrite(properties.figuresMaxAge()).maximumSize(2).build(this::upTo);
    }

    /** The figures of {@link #recent()}, at most {@code mimika.health.figures-max-age} old. */
    public List<PolyclinicFigures> recentShared() {
        return shared.get(Wit.dateOf(clock.instant()));
    }

    /** One polyclinic's figures; {@code medianWait} and {@code averageWait} are null when nobody was called yet. */
    public record PolyclinicFigures(String unitCode, String unitName, String polyclinicName, int booked, int called,
            int noShows, Duration medianWait, Duration averageWait) {

        public Long medianWaitMinutes() {
            return medianWait == null ? null : medianWait.toMinutes();
        }

        public Long averageWaitMinutes() {
            return averageWait == null ? null : averageWait.toMinutes();
        }

        /** No-shows as a whole percentage of the bookings whose day has come. */
        public int noShowPercent() {
            return booked == 0 ? 0 : Math.round(100f * noShows / booked);
        }
    }

    private record Row(String unitCode, String unitName, String polyclinic, String status, LocalDate day,
            java.time.Instant checkedIn, java.time.Instant called) {
    }

    /** The figures of the last {@link #DAYS} days up to today, units and polyclinics in their order. */
    @Transactional(readOnly = true)
    public List<PolyclinicFigures> recent() {
        return upTo(Wit.dateOf(clock.instant()));
    }

    private List<PolyclinicFigures> upTo(LocalDate today) {
        List<Row> rows = jdbc.sql("""
                        select u.code, u.name as unit_name, pc.name as polyclinic_name, b.status, s.visit_day, b.checked_in_at, b.called_at
                        from health_booking b join health_session s on s.id = b.session_id
                        join health_session_plan p on p.id = s.plan_id join health_polyclinic pc on pc.id = p.polyclinic_id
                        join health_unit u on u.code = pc.unit_code
                        where s.visit_day between :from and :today and b.status <> 'CANCELLED'
                        order by u.kind desc, u.name, pc.sort_order""")
                .param("from", today.minusDays(DAYS - 1)).param("today", today)
                .query((rs, n) -> new Row(rs.getString("code"), rs.getString("unit_name"), rs.getString("polyclinic_name"),
                        rs.getString("status"), rs.getObject("visit_day", LocalDate.class), Bookings.instant(rs, "checked_in_at"),
                        Bookings.instant(rs, "called_at")))
                .list();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.unitCode() + "\u0000" + row.polyclinic(), k -> new ArrayList<>()).add(row);
        }
        List<PolyclinicFigures> figures = new ArrayList<>();
        for (List<Row> group : groups.values()) {
            List<Duration> waits = group.stream().filter(r -> r.checkedIn() != null && r.called() != null)
                    .map(r -> Duration.between(r.checkedIn(), r.called())).sorted().toList();
            int noShows = (int) group.stream().filter(r -> r.status().equals("SKIPPED")
                    || r.status().equals("BOOKED") && r.day().isBefore(today)).count();
            Row first = group.get(0);
            figures.add(new PolyclinicFigures(first.unitCode(), first.unitName(), first.polyclinic(), group.size(), waits.size(),
                    noShows, median(waits), average(waits)));
        }
        return List.copyOf(figures);
    }

    private static Duration median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    private static Duration average(List<Duration> waits) {
        return waits.isEmpty() ? null : waits.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(waits.size());
    }
}
