package id.go.mimikakab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.casework.Party;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.system.Wit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every figure on the dashboards equals a direct count over the cases at the same instant, also while
 * reports are being submitted, routed and answered. The direct count loads the rows and applies the Java light
 * rule, independently of the SQL the dashboard runs; the punctuality, the medians, the weekly trend and the late
 * answers are computed from the rows in Java as their definitions say.
 */
abstract class FiguresMatchDirectCountsContract {

    @Autowired
    PerformanceFigures figures;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private ReportSubmission road(int n) {
        return new ReportSubmission("COMPLAINT", n % 2 == 0 ? "JALAN" : "KESEHATAN", "Laporan uji angka dasbor nomor " + n,
                "94.04.01", "94.04.01.1008", null, null, null, false, n % 7 == 0, null, null, null);
    }

    @Test
    void theStandingsEqualDirectCountsWhileReportsChange() throws Exception {
        StaffMember mcc = accounts.findByUsername("mcc").orElseThrow().member();
        StaffMember pupr = accounts.findByUsername("pupr.staf").orElseThrow().member();
        for (int i = 0; i < 20; i++) {
            Receipt r = intake.submit(road(i), Channel.API, null, null);
            if (i % 3 != 0) {
                workflow.route(mcc, new TicketNumber(r.ticket()), new AgencyCode(i % 2 == 0 ? "PUPR" : "DINKES"));
            }
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            work.add(writers.submit(() -> {
                int n = 1000 * (writer + 1);
                while (running.get()) {
                    Receipt r = intake.submit(road(n++), Channel.API, null, null);
                    workflow.route(mcc, new TicketNumber(r.ticket()), new AgencyCode("PUPR"));
                    workflow.followUp(pupr, new TicketNumber(r.ticket()), "Sedang ditinjau", true);
                }
                return null;
            }));
        }
        try {
            TransactionTemplate snapshot = new TransactionTemplate(transactions);
            snapshot.setReadOnly(true);
            snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
            for (int round = 0; round < 15; round++) {
                snapshot.executeWithoutResult(tx -> {
                    Standings standings = figures.standings();
                    Direct direct = directCounts(standings.at());
                    assertThat(standings.totals().red()).isEqualTo(direct.total[0]);
                    assertThat(standings.totals().yellow()).isEqualTo(direct.total[1]);
                    assertThat(standings.totals().green()).isEqualTo(direct.total[2]);
                    assertThat(standings.totals().open()).isEqualTo(direct.total[0] + direct.total[1] + direct.total[2]);
                    for (AgencyStanding agency : standings.agencies()) {
                        long[] expected = direct.byAgency.getOrDefault(agency.agencyCode(), new long[3]);
                        assertThat(new long[] {agency.red(), agency.yellow(), agency.green()})
                                .as(agency.agencyCode()).containsExactly(expected);
                    }
                    for (DistrictStanding district : standings.districts()) {
                        long[] expected = direct.byDistrict.getOrDefault(district.districtCode(), new long[3]);
                        assertThat(new long[] {district.red(), district.yellow(), district.green()})
                                .as(district.districtCode()).containsExactly(expected);
                    }
                });
            }
        } finally {
            running.set(false);
            for (Future<?> f : work) {
                f.get();
            }
            writers.shutdown();
        }
    }

    @Test
    void thePunctualityTheMedianTheTrendAndTheLateAnswersEqualDirectComputations() {
        insertVariedAnswers(Instant.now(), new Random(94_04L));
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.executeWithoutResult(tx -> {
            Standings standings = figures.standings();
            Instant now = standings.at();
            Instant since = now.minus(Duration.ofDays(90));
            Instant start = PerformanceFigures.firstWeek(now, PerformanceFigures.TREND_WEEKS).atStartOfDay(Wit.ZONE).toInstant();
            long late = 0;
            Map<String, List<Integer>> days = new HashMap<>();
            Map<String, long[]> punctuality = new HashMap<>();
            Map<String, long[][]> weeks = new HashMap<>();
            Map<String, Instant> oldestRed = new HashMap<>();
            for (Map<String, Object> row : jdbc.sql("""
                            select stage as status, agency_code, due_at, assigned_at as routed_at, answered_at as followed_up_at,
                                   closed_at, late, answer_late as follow_up_late, answer_working_days as follow_up_working_days
                            from work_case""").query().listOfRows()) {
                String status = (String) row.get("status");
                String agency = (String) row.get("agency_code");
                Instant due = instant(row.get("due_at"));
                Instant answered = instant(row.get("followed_up_at"));
                Instant closed = instant(row.get("closed_at"));
                Boolean answeredLate = (Boolean) row.get("follow_up_late");
                Number workingDays = (Number) row.get("follow_up_working_days");
                boolean withAgency = status.equals("ROUTED") || status.equals("REOPENED");
                if (Boolean.TRUE.equals(row.get("late")) && (answered != null && !answered.isBefore(since)
                        || status.equals("REJECTED") && closed != null && !closed.isBefore(since))) {
                    late++;
                }
                if (agency == null) {
                    continue;
                }
                if (withAgency && due != null && due.isBefore(now)) {
                    oldestRed.merge(agency, due, (a, b) -> a.isBefore(b) ? a : b);
                }
                if (row.get("routed_at") != null && (answered != null && !answered.isBefore(since)
                        || withAgency && due != null && !due.isBefore(since) && due.isBefore(now))) {
                    long[] p = punctuality.computeIfAbsent(agency, a -> new long[2]);
                    p[0]++;
                    p[1] += answered != null && Boolean.FALSE.equals(answeredLate) ? 1 : 0;
                    if (workingDays != null) {
                        days.computeIfAbsent(agency, a -> new ArrayList<>()).add(workingDays.intValue());
                    }
                }
                if (answered != null && !answered.isBefore(start)) {
                    long week = Duration.between(start, answered).getSeconds() / 604_800;
                    if (week < PerformanceFigures.TREND_WEEKS) {
                        long[] w = weeks.computeIfAbsent(agency, a -> new long[PerformanceFigures.TREND_WEEKS][2])[(int) week];
                        w[0]++;
                        w[1] += Boolean.TRUE.equals(answeredLate) ? 0 : 1;
                    }
                }
            }
            assertThat(standings.totals().lateLast90Days()).isEqualTo(late);
            for (AgencyStanding agency : standings.agencies()) {
                String code = agency.agencyCode();
                long[] p = punctuality.get(code);
                assertThat(agency.onTimeRate()).as(code).isEqualTo(p == null ? null : (double) p[1] / p[0]);
                assertThat(agency.medianFollowUpWorkingDays()).as(code).isEqualTo(median(days.get(code)));
                long[][] w = weeks.getOrDefault(code, new long[PerformanceFigures.TREND_WEEKS][2]);
                List<Double> trend = new ArrayList<>();
                for (long[] counts : w) {
                    trend.add(counts[0] == 0 ? null : (double) counts[1] / counts[0]);
                }
                assertThat(agency.weeklyOnTimeRate()).as(code).isEqualTo(trend);
                assertThat(agency.oldestRedSince()).as(code).isEqualTo(oldestRed.get(code));
            }
        });
    }

    /** 300 report cases answered, due or closed at moments across the last 100 days, in time or late, routed or not. */
    private void insertVariedAnswers(Instant now, Random random) {
        String run = Long.toString(1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000), 36).toUpperCase();
        String[] statuses = {"SUBMITTED", "ROUTED", "REOPENED", "FOLLOWED_UP", "IN_PROGRESS", "COMPLETED", "CLOSED", "REJECTED"};
        String[] agencies = {"PUPR", "DINKES", "DLH", null};
        for (int i = 0; i < 300; i++) {
            String status = statuses[random.nextInt(statuses.length)];
            String agency = status.equals("SUBMITTED") || status.equals("REJECTED") ? null : agencies[random.nextInt(agencies.length)];
            Instant submitted = now.minus(Duration.ofMinutes(random.nextInt(100 * 24 * 60)));
            boolean answered = !status.equals("SUBMITTED") && !status.equals("ROUTED") && !status.equals("REJECTED");
            boolean hasDue = status.equals("SUBMITTED") || status.equals("ROUTED") || status.equals("REOPENED");
            boolean closed = status.equals("CLOSED") || status.equals("REJECTED");
            String waitingOn = status.equals("SUBMITTED") ? "COMMAND_CENTER"
                    : status.equals("ROUTED") || status.equals("REOPENED") ? "AGENCY" : null;
            jdbc.sql("""
                            insert into work_case (kind, reference, subject_code, summary, confidential, district_code,
                                village_code, opened_at, stage, waiting_on, agency_code, needs_routing, due_at, assigned_at,
                                answered_at, closed_at, late, answer_late, answer_working_days, escalation_level)
                            values ('REPORT', :ticket, 'JALAN', 'Angka dasbor', false, '94.04.01', '94.04.01.1008',
                                :submitted, :status, :waitingOn, :agency, false, :due, :routed, :answered, :closed, :late,
                                :answeredLate, :days, 0)""")
                    // "0" and "1" are not in the tickets' alphabet, so these never collide with real tickets
                    .param("ticket", "0" + run.substring(run.length() - 3) + "-1" + String.format("%03d", i))
                    .param("status", status)
                    .param("waitingOn", waitingOn)
                    .param("agency", agency)
                    .param("submitted", utc(submitted))
                    .param("due", hasDue ? utc(now.plus(Duration.ofMinutes(random.nextInt(120 * 24 * 60) - 100 * 24 * 60))) : null)
                    .param("routed", agency != null && random.nextInt(10) > 0 ? utc(submitted) : null)
                    .param("answered", answered ? utc(now.minus(Duration.ofMinutes(random.nextInt(100 * 24 * 60)))) : null)
                    .param("closed", closed ? utc(now.minus(Duration.ofMinutes(random.nextInt(100 * 24 * 60)))) : null)
                    .param("late", random.nextInt(4) == 0)
                    .param("answeredLate", answered ? (Object) (random.nextInt(5) == 0) : null)
                    .param("days", answered && random.nextInt(8) > 0 ? (Object) random.nextInt(13) : null)
                    .update();
        }
    }

    private static Double median(List<Integer> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        double position = 0.5 * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * (position - lower);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return Instant.from((java.time.temporal.TemporalAccessor) value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Direct directCounts(Instant now) {
        Direct direct = new Direct();
        jdbc.sql("select kind, stage, closed_at, waiting_on, due_at, agency_code, district_code from work_case").query(rs -> {
            // a report is open by its own status; another kind of case (applications of other tests) while not closed
            boolean open = "REPORT".equals(rs.getString("kind"))
                    ? ReportStatus.valueOf(rs.getString("stage")).open()
                    : rs.getObject("closed_at") == null;
            if (!open) {
                return;
            }
            OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
            String waitingOn = rs.getString("waiting_on");
            int light = Light.of(waitingOn == null ? null : Party.valueOf(waitingOn), due == null ? null : due.toInstant(), now)
                    .ordinal();
            direct.total[light]++;
            if (rs.getString("agency_code") != null) {
                direct.byAgency.computeIfAbsent(rs.getString("agency_code"), a -> new long[3])[light]++;
            }
            if (rs.getString("district_code") != null) {
                direct.byDistrict.computeIfAbsent(rs.getString("district_code"), d -> new long[3])[light]++;
            }
        });
        return direct;
    }

    private static final class Direct {
        final long[] total = new long[3];
        final Map<String, long[]> byAgency = new HashMap<>();
        final Map<String, long[]> byDistrict = new HashMap<>();
    }
}
