package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import id.go.mimikakab.dashboard.DemoCases;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The leaders' page renders for the bupati with the league table, each agency's sparkline and the districts. */
@SpringBootTest
@AutoConfigureMockMvc
class LeaderDashboardPageIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theBupatiSeesTheLeagueWithASparklinePerAgency() throws Exception {
        DemoCases cases = new DemoCases(mvc);
        String ticket = cases.routed("JALAN", "PUPR", "Jalan berlubang di depan pasar " + UUID.randomUUID(), false);
        cases.followUp(ticket, "demo-pupr.staf");

        MvcTestResult result = mvc.get().uri("/pimpinan").header("Authorization", "Bearer demo-bupati").exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("ol.league > li")).isNotEmpty();
        assertThat(page.select("ol.league > li svg.spark path")).hasSameSizeAs(page.select("ol.league > li"));
        assertThat(page.select("a[href=/pimpinan/opd/PUPR] svg.spark path").attr("d")).startsWith("M");
        assertThat(page.select("ul.districts > li")).hasSize(18);
        // Links to static resources still go through the resource chain (WebJars get their version); pages do not.
        assertThat(page.select("script[src*=htmx]").attr("src")).matches("/webjars/htmx\\.org/[0-9][^/]*/dist/htmx\\.min\\.js");
        assertThat(page.select("link[href$=dashboard.css]").attr("href")).isEqualTo("/css/dashboard.css");
    }
}
