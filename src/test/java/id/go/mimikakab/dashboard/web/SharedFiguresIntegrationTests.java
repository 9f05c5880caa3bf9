package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.dashboard.AgencyStanding;
import id.go.mimikakab.dashboard.PerformanceFigures;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(properties = "mimika.dashboard.figures-max-age=PT1H")
@AutoConfigureMockMvc
class SharedFiguresIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PerformanceFigures figures;

    @Test
    void thePublicTrendWithinTheMaxAgeIsTheFirstComputationsWhileTheExactTrendCountsTheNewReport() {
        String trendBefore = body("/api/v1/stats/trend?weeks=3", null);

        intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Laporan uji tren bersama nomor satu", "94.04.01",
                "94.04.01.1008", null, null, null, false, false, null, null, null), Channel.API, null, null);

        assertThat(body("/api/v1/stats/trend?weeks=3", null)).isEqualTo(trendBefore);
        List<Integer> received = JsonPath.read(trendBefore, "$[*].received");
        assertThat(figures.regencyTrend(3).get(2).received()).isEqualTo(received.get(2) + 1L);
    }

    @Test
    void viewersWithinTheMaxAgeGetTheFiguresOfTheFirstComputationWhileTheExactFiguresMoveOn() {
        String statisticsBefore = body("/api/v1/stats/agencies", null);
        String leadersAtBefore = JsonPath.read(body("/api/v1/dashboard", "demo-bupati"), "$.at");

        routeANewReportTo("PUPR");

        String statisticsAfter = body("/api/v1/stats/agencies", null);
        String leadersAtAfter = JsonPath.read(body("/api/v1/dashboard", "demo-bupati"), "$.at");
        assertThat(statisticsAfter).isEqualTo(statisticsBefore);
        assertThat(leadersAtAfter).isEqualTo(leadersAtBefore);
        AgencyStanding exact = figures.standings().agencies().stream()
                .filter(a -> a.agencyCode().equals("PUPR")).findFirst().orElseThrow();
        assertThat(exact.red() + exact.yellow() + exact.green()).isEqualTo(openOf("PUPR", statisticsAfter) + 1);
    }

    private void routeANewReportTo(String agency) {
        Receipt receipt = intake.submit(new ReportSubmission("COMPLAINT", "JALAN",
                "Gorong-gorong tersumbat di kampung " + System.nanoTime(), "94.04.01", "94.04.01.1008", null, null, null,
                false, false, null, null, null), Channel.API, null, null);
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(receipt.ticket()), new AgencyCode(agency));
    }

    private String body(String uri, String token) {
        var request = mvc.get().uri(uri);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static long openOf(String agency, String statistics) {
        List<Number> red = JsonPath.read(statistics, "$[?(@.agencyCode == '" + agency + "')].red");
        List<Number> yellow = JsonPath.read(statistics, "$[?(@.agencyCode == '" + agency + "')].yellow");
        List<Number> green = JsonPath.read(statistics, "$[?(@.agencyCode == '" + agency + "')].green");
        return red.get(0).longValue() + yellow.get(0).longValue() + green.get(0).longValue();
    }
}
