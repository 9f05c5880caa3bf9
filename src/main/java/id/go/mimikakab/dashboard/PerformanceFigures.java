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
import java.util.TreeMap;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.system.Wit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the figures of the dashboards with a handful of aggregate queries over indexed columns, all in one
 * read-only repeatable-read transaction, so that every number on a screen describes the same instant and equals
 * a direct count over the cases at that instant. The figures are read from the case mechanism's read model
 * ({@code work_case}, owned by the casework module), so every kind of case counts alike; lights use its one rule,
 * {@link Light#SQL}.
 *
 * <p>The standings take four queries shaped for a table of millions of reports (bench/dashboard-load.sh, plans in
 * {@code docs/query-plans/dashboard-1m.txt}): the lights of the regency, the agencies and the districts and each
 * agency's oldest red come from one pass over the open cases, which {@code work_case_open_idx} finds without
 * reading the closed ones; the 90-day punctuality, the 12-week trend and the late answers come from one pass over
 * {@code work_case_answer_window_idx}, grouped on plain columns (the median is
 * taken in Java from a histogram of the working days); and two small look-ups add the follow-ups overdue in the
 * window and the late rejections. Each gives the result of the plainer SQL it replaced (see git history).
 *
 * <p>The standings of one kind of case (the leaders' filter: reports or applications) add {@code c.kind = …} to each
 * query, which the two indexes carry as their last column (V80, decision 144) so those queries stay index-only;
 * the standings of every kind run the same SQL as before the filter, so the benchmark's plans still hold.
 */
@Component
public class PerformanceFigures {

    public static final int TREND_WEEKS = 12;
    static final Duration PUNCTUALITY_WINDOW = Duration.ofDays(90);
    /** The open cases (of work_case as {@code c}), as {@code work_case_open_idx} serves them; the wall uses it too. */
    public static final String OPEN = "c.closed_at is null";
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
        return standings(null);
    }

    /** The standings counting one kind of case only, or every kind when {@code kind} is {@code null}. */
    public Standings standings(CaseKind kind) {
        String ofKind = ofKind(kind);
        return snapshot.execute(tx -> {
            Instant now = clock.instant();
            OpenCases open = openCases(now, ofKind);
            FollowUps answers = followUps(now, ofKind);
            return new Standings(now, totals(now, open, answers, ofKind), league(open, answers), districts(open));
        });
    }

    /**
     * The condition that keeps the cases of one kind, to append to a query's {@code where}; empty for every kind.
     * The kind is an enum constant's name, so it is written into the SQL as a literal.
     */
    private static String ofKind(CaseKind kind) {
        return kind == null ? "" : " and c.kind = '" + kind.name() + "'";
    }

    /** The regency's open cases by light for each kind of case (every kind listed, none open counting zero), in one pass. */
    public Map<CaseKind, OpenLights> openByKind() {
        Map<CaseKind, OpenLights> byKind = new java.util.EnumMap<>(CaseKind.class);
        for (CaseKind kind : CaseKind.values()) {
            byKind.put(kind, new OpenLights(0, 0, 0));
        }
        jdbc.sql("select c.kind, " + LIGHT_COUNTS + " from work_case c where " + OPEN + " group by c.kind")
                .param("now", utc(clock.instant()))
                .query(rs -> {
                    byKind.put(CaseKind.valueOf(rs.getString("kind")),
                            new OpenLights(rs.getLong("red"), rs.getLong("yellow"), rs.getLong("green")));
                });
        return byKind;
    }

    /** The regency's weekly trend over the given number of weeks, oldest first, the current week last. */
    public List<WeekFigures> regencyTrend(int weeks) {
        return snapshot.execute(tx -> {
            Instant now = clock.instant();
            LocalDate firstMonday = firstWeek(now, weeks);
            Instant start = firstMonday.atStartOfDay(Wit.ZONE).toInstant();
            long[][] received = weekly("opened_at", "1", start, weeks);
            long[][] answered = weekly("answered_at", "case when answer_late then 0 else 1 end", start, weeks);
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
            jdbc.sql("select c.assignee, count(*) as n from work_case c where c.agency_code = :agency and c.assignee is not null and "
                            + OPEN + " group by c.assignee")
                    .param("agency", agencyCode)
                    .query(rs -> {
                        byPerson.computeIfAbsent(rs.getString("assignee"), u -> new long[3])[0] = rs.getLong("n");
                    });
            jdbc.sql("""
                            select c.answered_by as actor, count(*) as n, sum(case when c.answer_late then 0 else 1 end) as on_time
                            from work_case c
                            where c.agency_code = :agency and c.answered_at >= :since and c.answered_by is not null
                            group by c.answered_by""")
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

    /**
     * The lights of the open reports by agency and district, and each agency's oldest red deadline, in one pass
     * over the open reports (about 400 groups however many reports there are).
     */
    private OpenCases openCases(Instant now, String ofKind) {
        OpenCases open = new OpenCases();
        jdbc.sql("select c.agency_code, c.district_code, " + LIGHT_COUNTS
                        + ", min(case when c.waiting_on = 'AGENCY' and c.due_at < :now then c.due_at end) as oldest_red"
                        + " from work_case c where " + OPEN + ofKind + " group by c.agency_code, c.district_code")
                .param("now", utc(now))
                .query(rs -> {
                    long[] lights = {rs.getLong("red"), rs.getLong("yellow"), rs.getLong("green")};
                    OffsetDateTime oldestRed = rs.getObject("oldest_red", OffsetDateTime.class);
                    open.add(rs.getString("agency_code"), rs.getString("district_code"), lights,
                            oldestRed == null ? null : oldestRed.toInstant());
                });
        return open;
    }

    /**
     * The follow-ups of the 90-day window, in one pass over {@code work_case_answer_window_idx} grouped by agency and
     * working days (a few thousand groups however many reports there are): how many were given and in time (the
     * weekly trend), how many were due and in time (punctuality, and the histogram of working days for the median)
     * and how many were late (the totals); then the follow-ups that fell due in the window and were not given in it.
     *
     * <p>The pass is written as one index range per week of the trend ({@code union all}, the week number a
     * constant of each branch; the days of the window before the trend are week -1) rather than a week number
     * computed for every row: comparing each row with the weeks' bounds cost more than reading it.
     */
    private FollowUps followUps(Instant now, String ofKind) {
        Instant since = now.minus(PUNCTUALITY_WINDOW);
        Instant start = firstWeek(now, TREND_WEEKS).atStartOfDay(Wit.ZONE).toInstant();
        if (start.isBefore(since)) {
            throw new IllegalStateException("The trend of " + TREND_WEEKS + " weeks must lie inside the punctuality window");
        }
        FollowUps answers = new FollowUps();
        List<String> weeks = new ArrayList<>();
        for (int w = -1; w <= TREND_WEEKS; w++) {
            weeks.add("select c.agency_code, " + w + " as week, c.answer_working_days as days, count(*) as answered, "
                    + "sum(case when c.answer_late then 0 else 1 end) as answered_on_time, "
                    + "sum(case when c.assigned_at is not null then 1 else 0 end) as due, "
                    + "sum(case when c.assigned_at is not null and c.answer_late = false then 1 else 0 end) as due_on_time, "
                    + "sum(case when c.late = true then 1 else 0 end) as late "
                    + "from work_case c where c.answered_at >= " + (w < 0 ? ":since" : ":week" + w)
                    + (w < TREND_WEEKS ? " and c.answered_at < :week" + (w + 1) : "") + ofKind
                    + " group by c.agency_code, c.answer_working_days");
        }
        var window = jdbc.sql(String.join(" union all ", weeks)).param("since", utc(since));
        for (int w = 0; w <= TREND_WEEKS; w++) {
            window = window.param("week" + w, utc(start.plus(Duration.ofDays(7L * w))));
        }
        window.query(rs -> {
            answers.late += rs.getLong("late");
            String agency = rs.getString("agency_code");
            if (agency == null) {
                return;
            }
            int w = rs.getInt("week");
            if (w >= 0 && w < TREND_WEEKS) {
                long[] counts = answers.weeks.computeIfAbsent(agency, a -> new long[TREND_WEEKS][2])[w];
                counts[0] += rs.getLong("answered");
                counts[1] += rs.getLong("answered_on_time");
            }
            answers.due(agency, rs.getObject("days", Integer.class), rs.getLong("due"), rs.getLong("due_on_time"));
        });
        jdbc.sql("""
                        select c.agency_code, c.answer_working_days as days, count(*) as due,
                               sum(case when c.answered_at is not null and c.answer_late = false then 1 else 0 end) as on_time
                        from work_case c
                        where c.agency_code is not null and c.assigned_at is not null
                          and c.waiting_on = 'AGENCY' and c.due_at >= :since and c.due_at < :now
                          and (c.answered_at is null or c.answered_at < :since)""" + ofKind
                        + " group by c.agency_code, c.answer_working_days")
                .param("since", utc(since))
                .param("now", utc(now))
                .query(rs -> {
                    answers.due(rs.getString("agency_code"), rs.getObject("days", Integer.class), rs.getLong("due"),
                            rs.getLong("on_time"));
                });
        return answers;
    }

    private Totals totals(Instant now, OpenCases open, FollowUps answers, String ofKind) {
        long[] lights = open.total;
        // Late responses of the window: the late follow-ups (counted with the others), and the late rejections.
        long lateRejections = jdbc.sql("""
                        select count(*) from work_case c where c.late = true and c.answered_at is null and c.closed_at >= :since"""
                        + ofKind)
                .param("since", utc(now.minus(PUNCTUALITY_WINDOW)))
                .query(Long.class).single();
        return new Totals(lights[0], lights[1], lights[2], Arrays.stream(lights).sum(), answers.late + lateRejections);
    }

    private List<AgencyStanding> league(OpenCases open, FollowUps answers) {
        List<AgencyStanding> league = new ArrayList<>();
        for (Agency agency : agencies.active()) {
            long[] l = open.byAgency.getOrDefault(agency.code(), new long[3]);
            long[][] w = answers.weeks.getOrDefault(agency.code(), new long[TREND_WEEKS][2]);
            List<Double> trend = Arrays.stream(w).map(c -> c[0] == 0 ? null : (double) c[1] / c[0]).toList();
            Punctuality p = answers.punctuality.get(agency.code());
            league.add(new AgencyStanding(agency.code(), agency.shortName(), l[0], l[1], l[2], open.oldestRed.get(agency.code()),
                    p == null ? null : (double) p.onTime / p.due, p == null ? null : p.median(), trend));
        }
        league.sort(Comparator.comparingLong(AgencyStanding::red).reversed()
                .thenComparing(a -> a.onTimeRate() == null ? 2.0 : a.onTimeRate())
                .thenComparing(AgencyStanding::agencyName));
        return league;
    }

    private List<DistrictStanding> districts(OpenCases open) {
        Map<String, long[]> lights = open.byDistrict;
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
        String weekNumber = weekOf("c." + column, start);
        jdbc.sql("select " + weekNumber + " as week, count(*) as n, sum(" + onTimeExpression + ") as on_time from work_case c where c."
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

    /** Open cases by light. */
    public record OpenLights(long red, long yellow, long green) {
    }

    /** The lights of the open reports: of the regency, by agency and by district; and each agency's oldest red deadline. */
    private static final class OpenCases {
        final long[] total = new long[3];
        final Map<String, long[]> byAgency = new HashMap<>();
        final Map<String, long[]> byDistrict = new HashMap<>();
        final Map<String, Instant> oldestRed = new HashMap<>();

        void add(String agency, String district, long[] lights, Instant red) {
            for (int i = 0; i < 3; i++) {
                total[i] += lights[i];
                if (agency != null) {
                    byAgency.computeIfAbsent(agency, a -> new long[3])[i] += lights[i];
                }
                if (district != null) {
                    byDistrict.computeIfAbsent(district, d -> new long[3])[i] += lights[i];
                }
            }
            if (agency != null && red != null) {
                oldestRed.merge(agency, red, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    /** The follow-ups of the window: late ones, and by agency the weekly trend and the punctuality. */
    private static final class FollowUps {
        long late;
        final Map<String, long[][]> weeks = new HashMap<>();
        final Map<String, Punctuality> punctuality = new HashMap<>();

        void due(String agency, Integer days, long due, long onTime) {
            if (due == 0) {
                return;
            }
            Punctuality p = punctuality.computeIfAbsent(agency, a -> new Punctuality());
            p.due += due;
            p.onTime += onTime;
            if (days != null) {
                p.days.merge(days, due, Long::sum);
            }
        }
    }

    /** One agency's follow-ups due in the window: how many, how many in time, and how many took each number of working days. */
    private static final class Punctuality {
        long due;
        long onTime;
        final TreeMap<Integer, Long> days = new TreeMap<>();

        /** The median of the working days as SQL's {@code percentile_cont(0.5)}: the mean of the two middle values for an even count. */
        Double median() {
            long count = days.values().stream().mapToLong(Long::longValue).sum();
            if (count == 0) {
                return null;
            }
            double position = 0.5 * (count - 1);
            long lower = (long) Math.floor(position);
            long upper = (long) Math.ceil(position);
            double low = valueAt(lower);
            double high = valueAt(upper);
            return low + (high - low) * (position - lower);
        }

        private int valueAt(long index) {
            long seen = 0;
            for (Map.Entry<Integer, Long> e : days.entrySet()) {
                seen += e.getValue();
                if (index < seen) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException("No value at " + index);
        }
    }
}
