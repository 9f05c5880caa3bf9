package id.go.mimikakab.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.Light;
import id.go.mimikakab.system.Wit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the figures of the dashboards with a handful of aggregate queries over indexed columns, all in one
 * read-only repeatable-read transaction, so that every number on a screen describes the same instant and equals
 * a direct count over the reports at that instant. Lights use the one rule of {@link Light#SQL}.
 */
@Component
public class PerformanceFigures {

    public static final int TREND_WEEKS = 12;
    static final Duration PUNCTUALITY_WINDOW = Duration.ofDays(90);
    private static final String OPEN = "r.status not in ('CLOSED','REJECTED')";
    private static final String LIGHT_COUNTS = Light.countSql(Light.RED) + " as red, " + Light.countSql(Light.YELLOW)
            + " as yellow, " + Light.countSql(Light.GREEN) + " as green";

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final RegionCatalog regions;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    PerformanceFigures(JdbcClient jdbc, AgencyDirectory agencies, RegionCatalog regions,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.regions = regions;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Totals, the agency league table (red first, then the lowest on-time rate) and the districts, at one instant. */
    public Standings standings() {
        return snapshot.execute(tx -> {
            Instant now = clock.instant();
            return new Standings(now, totals(now), league(now), districts(now));
        });
    }

    /** The regency's weekly trend over the given number of weeks, oldest first, the current week last. */
    public List<WeekFigures> regencyTrend(int weeks) {
        return snapshot.execute(tx -> {
            Instant now = clock.instant();
            LocalDate firstMonday = firstWeek(now, weeks);
            Instant start = firstMonday.atStartOfDay(Wit.ZONE).toInstant();
            long[][] received = weekly("submitted_at", "1", start, weeks);
            long[][] answered = weekly("followed_up_at", "case when follow_up_late then 0 else 1 end", start, weeks);
            List<WeekFigures> trend = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                trend.add(new WeekFigures(firstMonday.plusWeeks(w), received[w][0], answered[w][0], answered[w][1]));
            }
            return trend;
        });
    }

    /** Per member of one agency: open cases assigned, and first follow-ups given in the last 90 days and how many in time. */
    public List<PicFigures> picsOf(String agencyCode) {
        return snapshot.execute(tx -> {
            Instant now = clock.instant();
            Map<String, long[]> byPerson = new java.util.TreeMap<>();
            jdbc.sql("select r.assignee, count(*) as n from report r where r.agency_code = :agency and r.assignee is not null and "
                            + OPEN + " group by r.assignee")
                    .param("agency", agencyCode)
                    .query(rs -> {
                        byPerson.computeIfAbsent(rs.getString("assignee"), u -> new long[3])[0] = rs.getLong("n");
                    });
            jdbc.sql("""
                            select e.actor, count(*) as n, sum(case when r.follow_up_late then 0 else 1 end) as on_time
                            from report r join report_event e on e.report_id = r.id and e.at = r.followed_up_at
                                 and e.action in ('FOLLOWED_UP','COMPLETED')
                            where r.agency_code = :agency and r.followed_up_at >= :since
                            group by e.actor""")
                    .param("agency", agencyCode)
                    .param("since", utc(now.minus(PUNCTUALITY_WINDOW)))
                    .query(rs -> {
                        long[] counts = byPerson.computeIfAbsent(rs.getString("actor"), u -> new long[3]);
                        counts[1] = rs.getLong("n");
                        counts[2] = rs.getLong("on_time");
                    });
            return byPerson.entrySet().stream()
                    .map(e -> new PicFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                    .toList();
        });
    }

    private Totals totals(Instant now) {
        long[] lights = jdbc.sql("select " + LIGHT_COUNTS + " from report r where " + OPEN)
                .param("now", utc(now))
                .query((rs, n) -> new long[] {rs.getLong("red"), rs.getLong("yellow"), rs.getLong("green")})
                .single();
        long late = jdbc.sql("""
                        select count(*) from report r where r.late = true
                          and (r.followed_up_at >= :since or (r.status = 'REJECTED' and r.closed_at >= :since))""")
                .param("since", utc(now.minus(PUNCTUALITY_WINDOW)))
                .query(Long.class).single();
        return new Totals(lights[0], lights[1], lights[2], Arrays.stream(lights).sum(), late);
    }

    private List<AgencyStanding> league(Instant now) {
        Map<String, long[]> lights = new HashMap<>();
        jdbc.sql("select r.agency_code, " + LIGHT_COUNTS + " from report r where r.agency_code is not null and " + OPEN
                        + " group by r.agency_code")
                .param("now", utc(now))
                .query(rs -> {
                    lights.put(rs.getString("agency_code"), new long[] {rs.getLong("red"), rs.getLong("yellow"), rs.getLong("green")});
                });
        Map<String, Instant> oldestRed = new HashMap<>();
        jdbc.sql("""
                        select r.agency_code, min(r.due_at) as since from report r
                        where r.status in ('ROUTED','REOPENED') and r.due_at < :now group by r.agency_code""")
                .param("now", utc(now))
                .query(rs -> {
                    oldestRed.put(rs.getString("agency_code"), rs.getObject("since", OffsetDateTime.class).toInstant());
                });
        Map<String, Double> onTimeRate = new HashMap<>();
        Map<String, Double> medianDays = new HashMap<>();
        jdbc.sql("""
                        select r.agency_code, count(*) as due,
                               sum(case when r.followed_up_at is not null and r.follow_up_late = false then 1 else 0 end) as on_time,
                               percentile_cont(0.5) within group (order by r.follow_up_working_days) as median_days
                        from report r
                        where r.agency_code is not null and r.routed_at is not null
                          and (r.followed_up_at >= :since
                               or (r.status in ('ROUTED','REOPENED') and r.due_at >= :since and r.due_at < :now))
                        group by r.agency_code""")
                .param("since", utc(now.minus(PUNCTUALITY_WINDOW)))
                .param("now", utc(now))
                .query(rs -> {
                    String agency = rs.getString("agency_code");
                    onTimeRate.put(agency, rs.getDouble("on_time") / rs.getLong("due"));
                    double median = rs.getDouble("median_days");
                    if (!rs.wasNull()) {
                        medianDays.put(agency, median);
                    }
                });
        LocalDate firstMonday = firstWeek(now, TREND_WEEKS);
        Map<String, long[][]> weeks = new HashMap<>();
        weeklyByAgency(firstMonday.atStartOfDay(Wit.ZONE).toInstant()).forEach((key, counts) ->
                weeks.computeIfAbsent(key.agency(), a -> new long[TREND_WEEKS][2])[key.week()] = counts);
        List<AgencyStanding> league = new ArrayList<>();
        for (Agency agency : agencies.active()) {
            long[] l = lights.getOrDefault(agency.code(), new long[3]);
            long[][] w = weeks.getOrDefault(agency.code(), new long[TREND_WEEKS][2]);
            List<Double> trend = Arrays.stream(w).map(c -> c[0] == 0 ? null : (double) c[1] / c[0]).toList();
            league.add(new AgencyStanding(agency.code(), agency.shortName(), l[0], l[1], l[2], oldestRed.get(agency.code()),
                    onTimeRate.get(agency.code()), medianDays.get(agency.code()), trend));
        }
        league.sort(Comparator.comparingLong(AgencyStanding::red).reversed()
                .thenComparing(a -> a.onTimeRate() == null ? 2.0 : a.onTimeRate())
                .thenComparing(AgencyStanding::agencyName));
        return league;
    }

    private List<DistrictStanding> districts(Instant now) {
        Map<String, long[]> lights = new HashMap<>();
        jdbc.sql("select r.district_code, " + LIGHT_COUNTS + " from report r where r.district_code is not null and " + OPEN
                        + " group by r.district_code")
                .param("now", utc(now))
                .query(rs -> {
                    lights.put(rs.getString("district_code"), new long[] {rs.getLong("red"), rs.getLong("yellow"), rs.getLong("green")});
                });
        List<DistrictStanding> districts = new ArrayList<>();
        for (District district : regions.districts()) {
            long[] l = lights.getOrDefault(district.code(), new long[3]);
            districts.add(new DistrictStanding(district.code(), district.name(), l[0], l[1], l[2], l[0] + l[1] + l[2]));
        }
        districts.sort(Comparator.comparingLong(DistrictStanding::red).reversed()
                .thenComparing(Comparator.comparingLong(DistrictStanding::yellow).reversed())
                .thenComparing(DistrictStanding::districtName));
        return districts;
    }

    /** Per week since {@code start}: how many rows have {@code column} in that week, and the sum of {@code onTime}. */
    private long[][] weekly(String column, String onTimeExpression, Instant start, int weeks) {
        long[][] counts = new long[weeks][2];
        String weekNumber = weekOf("r." + column, start);
        jdbc.sql("select " + weekNumber + " as week, count(*) as n, sum(" + onTimeExpression + ") as on_time from report r where r."
                        + column + " >= :start group by " + weekNumber)
                .param("start", utc(start))
                .query(rs -> {
                    int week = rs.getInt("week");
                    if (week >= 0 && week < weeks) {
                        counts[week] = new long[] {rs.getLong("n"), rs.getLong("on_time")};
                    }
                });
        return counts;
    }

    private Map<WeekKey, long[]> weeklyByAgency(Instant start) {
        Map<WeekKey, long[]> counts = new HashMap<>();
        String weekNumber = weekOf("r.followed_up_at", start);
        jdbc.sql("select r.agency_code, " + weekNumber + " as week, count(*) as n, "
                        + "sum(case when r.follow_up_late then 0 else 1 end) as on_time from report r "
                        + "where r.followed_up_at >= :start and r.agency_code is not null group by r.agency_code, " + weekNumber)
                .param("start", utc(start))
                .query(rs -> {
                    int week = rs.getInt("week");
                    if (week >= 0 && week < TREND_WEEKS) {
                        counts.put(new WeekKey(rs.getString("agency_code"), week), new long[] {rs.getLong("n"), rs.getLong("on_time")});
                    }
                });
        return counts;
    }

    /**
     * SQL for the week number (0 = the week starting at {@code start}) of a timestamp column. The start is written
     * as a number literal rather than a parameter because H2 cannot group by an expression holding a parameter.
     */
    private static String weekOf(String column, Instant start) {
        return "floor((extract(epoch from " + column + ") - " + start.getEpochSecond() + ") / 604800)";
    }

    static LocalDate firstWeek(Instant now, int weeks) {
        return Wit.dateOf(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record WeekKey(String agency, int week) {
    }
}
