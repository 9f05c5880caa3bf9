package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What wapiti found against a running node (docs/security.md), each answered now as a citizen would expect. */
@SpringBootTest
@AutoConfigureMockMvc
class ScanFindingsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    @Test
    void aCitizenWhoSaidMeTooOpensTheReportAgainAndSeesItCounted() throws Exception {
        String ticket = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Jalan amblas di depan gereja, saya juga", "94.04.01",
                "94.04.01.1002", null, null, null, false, false, null, null, null), Channel.WEB, null, null).ticket();
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));
        MockHttpServletResponse vote = mvc.perform(post("/laporan/{t}/saya-juga", ticket).with(csrf())).andReturn().getResponse();
        assertThat(vote.getStatus()).as("the vote").isEqualTo(302);
        // the session lives in the database (Spring Session); the citizen's browser sends its cookie back
        MockHttpServletResponse thanks = mvc.perform(get("/laporan/{t}", ticket).cookie(vote.getCookies())).andReturn()
                .getResponse();
        assertThat(thanks.getContentAsString()).contains("Terima kasih");
        MockHttpServletResponse again = mvc.perform(get("/laporan/{t}", ticket).cookie(vote.getCookies())).andReturn()
                .getResponse();

        assertThat(again.getStatus()).as("the page after the vote, without its thank-you").isEqualTo(200);
        assertThat(again.getContentAsString()).contains("Anda sudah menandai laporan ini.");
    }

    @Test
    void aNulInTheQueryIsABadRequestOnPagesAndAProblemOnTheApi() throws Exception {
        MockHttpServletResponse page = mvc.perform(get(URI.create("/laporan?kategori=%2Fe%00&distrik=94.04.18"))).andReturn()
                .getResponse();
        MockHttpServletResponse api = mvc.perform(get(URI.create("/api/v1/reports?category=%00"))).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }
}
