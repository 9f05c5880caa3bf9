package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import id.go.mimikakab.casework.Light;
import id.go.mimikakab.dashboard.AgencyStanding;
import id.go.mimikakab.dashboard.PerformanceFigures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo history a newcomer sees on first run: enough of every kind of case for every screen. */
@SpringBootTest(properties = {
        "mimika.report.demo-history-reports=2000",
        "spring.datasource.url=jdbc:h2:mem:mimika-demo-history;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoHistoryIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PerformanceFigures figures;

    private long count(String where) {
        return jdbc.sql("select count(*) from report r join work_case c on c.id = r.case_id where " + where).param("now", java.time.OffsetDateTime.now())
                .query(Long.class).single();
    }

    @Test
    void fillsEveryDistrictAndCategoryWithTwoThousandReportsOfEveryFate() {
        assertThat(count("1 = 1")).isEqualTo(2000);
        assertThat(jdbc.sql("select count(distinct district_code) from report").query(Long.class).single()).isEqualTo(18);
        assertThat(jdbc.sql("select count(distinct category_code) from report").query(Long.class).single()).isEqualTo(24);
        assertThat(count(Light.SQL + " = 'RED'")).isPositive();
        assertThat(count(Light.SQL + " = 'YELLOW'")).isPositive();
        assertThat(count("c.late = true and " + Light.SQL + " = 'GREEN'")).isPositive();
        assertThat(count("exists (select 1 from report_event e where e.report_id = r.id and e.action = 'REOPENED')")).isPositive();
        assertThat(count("c.stage = 'REJECTED'")).isPositive();
        assertThat(count("c.stage = 'CLOSED'")).isPositive();
        assertThat(count("r.confidential = true")).isPositive();
    }

    @Test
    void givesTheLeadersRedItemsToSeeAcrossSeveralAgencies() {
        Map<String, Long> red = figures.standings().agencies().stream()
                .collect(Collectors.toMap(AgencyStanding::agencyCode, AgencyStanding::red));
        assertThat(red.values().stream().filter(n -> n > 0).count()).isGreaterThan(3);
        assertThat(figures.standings().agencies()).anySatisfy(f -> assertThat(f.onTimeRate()).isBetween(0.0, 1.0));
    }
}
