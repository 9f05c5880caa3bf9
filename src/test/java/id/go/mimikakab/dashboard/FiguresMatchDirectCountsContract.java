package id.go.mimikakab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Light;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every figure on the dashboards equals a direct count over the reports at the same instant, also while
 * reports are being submitted, routed and answered. The direct count loads the rows and applies the Java light
 * rule, independently of the SQL the dashboard runs.
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
                workflow.route(mcc, r.ticket(), i % 2 == 0 ? "PUPR" : "DINKES");
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
                    workflow.route(mcc, r.ticket(), "PUPR");
                    workflow.followUp(pupr, r.ticket(), "Sedang ditinjau", true);
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

    private Direct directCounts(Instant now) {
        Direct direct = new Direct();
        jdbc.sql("select status, due_at, agency_code, district_code from report").query(rs -> {
            ReportStatus status = ReportStatus.valueOf(rs.getString("status"));
            if (!status.open()) {
                return;
            }
            OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
            int light = Light.of(status, due == null ? null : due.toInstant(), now).ordinal();
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
