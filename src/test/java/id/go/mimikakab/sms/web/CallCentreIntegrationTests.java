package id.go.mimikakab.sms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.audit.AuditEntry;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.testing.HandledEvents;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The call centre: staff record a caller's phone, the ticket and PIN go to it by SMS (through the notification
 * outbox, so without a gateway they wait there), the report's news follow by SMS unless staff switch them off, and
 * only the command centre finds reports by the caller's number, each search audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class CallCentreIntegrationTests {

    private static final String MCC = "Bearer demo-mcc";
    private static final String KWAMKI = "94.04.01.1002";
    private static final Random RANDOM = new Random();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;

    private String typed;
    private String phone;

    @BeforeEach
    void aCallerWithAMobileNumber() {
        clock.set("2031-03-03T10:00+09:00");
        String digits = String.valueOf(10_000_000 + RANDOM.nextInt(89_999_999));
        typed = "0812-" + digits;
        phone = "+62812" + digits;
    }

    @Test
    void theCallerGetsTheTicketAndPinBySmsAndLaterTheRouting() {
        String ticket = record(true);

        List<String> texts = smsTo(phone);
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0)).contains("Tiket " + ticket + " PIN ").containsPattern("PIN \\d{6}").contains("CEK " + ticket);

        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));
        assertThat(smsTo(phone)).hasSize(2);
        assertThat(smsTo(phone).get(1)).contains("Laporan " + ticket + " diteruskan ke").contains("paling lambat");
    }

    @Test
    void withSmsUntickedTheCallerGetsNoTextNowOrLater() {
        String ticket = record(false);

        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));

        assertThat(smsTo(phone)).isEmpty();
    }

    @Test
    void staffSwitchTheSmsNewsOfAReportOffAndTheChangeIsAudited() {
        String ticket = record(true);
        assertThat(mvc.get().uri("/mcc/laporan/{t}", ticket).header("Authorization", MCC)).hasStatusOk()
                .bodyText().contains("Pelapor menerima kabar lewat SMS.");

        assertThat(mvc.post().uri("/mcc/laporan/{t}/sms", ticket).header("Authorization", MCC).param("on", "false"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/mcc/laporan/" + ticket);
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));

        assertThat(smsTo(phone)).hasSize(1);
        assertThat(audit.historyOf("report", ticket)).extracting(AuditEntry::action).contains("REPORT_SMS_NOTICES");
        assertThat(mvc.get().uri("/mcc/laporan/{t}", ticket).header("Authorization", MCC)).hasStatusOk()
                .bodyText().contains("Pelapor tidak menerima kabar lewat SMS.");
    }

    @Test
    void theCommandCentreFindsACallersReportsByTheirNumberAndTheSearchIsAudited() {
        String ticket = record(true);

        assertThat(mvc.get().uri("/mcc/cari-nomor").param("telepon", "+62 812 " + phone.substring(6)).header("Authorization", MCC))
                .hasStatusOk().bodyText().contains(ticket);
        assertThat(audit.newest("reporter-phone", 0, 1)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REPORTS_LOOKED_UP_BY_PHONE");
            assertThat(entry.actor()).isEqualTo("mcc");
            assertThat(entry.targetId()).isEqualTo(phone.substring(0, 6) + "****" + phone.substring(phone.length() - 4));
        });
        assertThat(mvc.get().uri("/mcc/cari-nomor").param("telepon", "12345").header("Authorization", MCC))
                .hasStatusOk().bodyText().contains("Nomor HP diawali +62");
    }

    @Test
    void nobodyButTheCommandCentreLooksReportsUpByPhoneAndThePublicNeverSeesTheNumber() {
        String ticket = record(true);

        assertThat(mvc.get().uri("/mcc/cari-nomor").param("telepon", phone).header("Authorization", "Bearer demo-pupr.staf"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/mcc/cari-nomor").param("telepon", phone).exchange().getResponse().getStatus()).isIn(302, 401);
        assertThat(mvc.get().uri("/lacak/{t}", ticket)).hasStatusOk().bodyText()
                .doesNotContain(phone.substring(3)).doesNotContain(typed.substring(5));
        assertThat(mvc.get().uri("/api/v1/reports/{t}", ticket)).hasStatusOk().bodyText().doesNotContain(phone.substring(3));
    }

    @Test
    void theApiRefusesToMakeAnSmsReportWhichOnlyTheGatewayMakes() {
        assertThat(mvc.post().uri("/api/v1/reports").contentType("application/json").content("""
                        {"kind":"COMPLAINT","categoryCode":"JALAN","description":"Jalan berlubang tanpa tempat disebut",
                         "channel":"SMS"}"""))
                .hasStatus(400).bodyText().contains("channel");
    }

    private String record(boolean sms) {
        MvcTestResult result = mvc.post().uri("/mcc/catat").header("Authorization", MCC)
                .param("channel", "PHONE").param("kind", "COMPLAINT").param("categoryCode", "JALAN")
                .param("description", "Penelepon melaporkan jalan amblas dekat sekolah").param("villageCode", KWAMKI)
                .param("reporterPhone", typed).param("smsReceipt", String.valueOf(sms))
                .param("idempotencyKey", "call-centre-" + phone).exchange();
        assertThat(result).hasStatus3xxRedirection();
        Object receipt = result.getMvcResult().getFlashMap().get("receipt");
        assertThat(receipt).isNotNull();
        return jdbc.sql("select ticket from report where reporter_phone = :p").param("p", phone).query(String.class).single();
    }

    /** The SMS queued for a number, once every event so far was handled. */
    private List<String> smsTo(String number) {
        HandledEvents.await(jdbc);
        return jdbc.sql("select body from notification_outbox where channel = 'SMS' and recipient = :r order by id")
                .param("r", number).query(String.class).list();
    }
}
