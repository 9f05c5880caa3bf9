package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions that must not outlive a change of the account (issue #13): each browser is a real HTTP client with its
 * own cookies against the running server, whose sessions live in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:staff-sessions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class StaffSessionsIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final StaffMember MCC = new StaffMember(9001, "mcc", "Operator MCC", Role.COMMAND_CENTER, null);

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionStopsReadingTheOldAgencysConfidentialReportTheMomentTheAccountMoves() throws Exception {
        StaffAccount account = open("pindah.uji", "PUPR");
        String ticket = confidentialReportWith("PUPR");
        Browser browser = new Browser();
        browser.login("pindah.uji");
        assertThat(browser.get("/opd/laporan/" + ticket).body()).contains("Kepala kampung meminta uang");

        accounts.change(account.id(), new AccountChange(account.email(), account.displayName(), Role.AGENCY_STAFF, "DINKES", true));

        HttpResponse<String> after = browser.get("/opd/laporan/" + ticket);
        assertThat(after.body()).doesNotContain("Kepala kampung meminta uang");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(sessionsOf("pindah.uji")).isZero();
    }

    @Test
    void aDisabledAccountsSessionCanNeitherReadNorAct() throws Exception {
        StaffAccount account = open("dimatikan.uji", "PUPR");
        String ticket = confidentialReportWith("PUPR");
        Browser browser = new Browser();
        browser.login("dimatikan.uji");
        String csrf = browser.csrfFrom("/opd/laporan/" + ticket);

        accounts.change(account.id(), new AccountChange(account.email(), account.displayName(), account.role(), "PUPR", false));

        HttpResponse<String> acknowledged = browser.post("/opd/laporan/" + ticket + "/terima", Map.of("_csrf", csrf));
        assertThat(acknowledged.statusCode()).isIn(302, 403);
        assertThat(jdbc.sql("select count(*) from report_event e join report r on r.id = e.report_id "
                + "where r.ticket = :t and e.action = 'ACKNOWLEDGED'").param("t", ticket).query(Long.class).single()).isZero();
        assertThat(browser.get("/opd/laporan/" + ticket).body()).doesNotContain("Kepala kampung meminta uang");
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsButNotTheOneThatChangedIt() throws Exception {
        open("sandi.uji", "PUPR");
        Browser phone = new Browser();
        Browser office = new Browser();
        phone.login("sandi.uji");
        office.login("sandi.uji");
        String csrf = phone.csrfFrom("/profil");

        HttpResponse<String> changed = phone.post("/profil/sandi", Map.of("_csrf", csrf, "currentPassword", "rahasia-panjang-1",
                "newPassword", "rahasia-baru-sekali", "newPasswordRepeat", "rahasia-baru-sekali"));
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(phone.get("/profil").statusCode()).isEqualTo(200);
        assertThat(office.get("/profil").statusCode()).isEqualTo(302);
        assertThat(sessionsOf("sandi.uji")).isEqualTo(1);
    }

    @Test
    void aSessionFollowsAChangeOfRoleMadeBehindItsBackOnTheNextRequest() throws Exception {
        StaffAccount account = open("peran.uji", "PUPR");
        String ticket = confidentialReportWith("PUPR");
        Browser browser = new Browser();
        browser.login("peran.uji");
        assertThat(browser.get("/opd/laporan/" + ticket).statusCode()).isEqualTo(200);

        // a change that did not go through the account screens (e.g. by a database administrator) ends no session
        jdbc.sql("update staff_account set agency_code = 'DINKES' where id = :id").param("id", account.id()).update();

        assertThat(browser.get("/opd/laporan/" + ticket).statusCode()).isEqualTo(403);
    }

    private StaffAccount open(String username, String agency) {
        return accounts.open(new NewAccount(username, username + "@example.org", "Akun uji " + username,
                Role.AGENCY_STAFF, agency, "rahasia-panjang-1"));
    }

    private String confidentialReportWith(String agency) {
        String ticket = intake.submit(new ReportSubmission("COMPLAINT", "JALAN", "Kepala kampung meminta uang untuk surat jalan",
                null, "94.04.01.1008", null, null, null, null, true, null, null, null), Channel.API, null, null).ticket();
        workflow.route(MCC, new TicketNumber(ticket), new AgencyCode(agency));
        return ticket;
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
                .query(Long.class).single();
    }

    /** A browser: its own cookie jar, redirects not followed, so each answer can be looked at. */
    private final class Browser {

        private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        void login(String username) throws Exception {
            String csrf = csrfFrom("/login");
            HttpResponse<String> answer = post("/login", Map.of("_csrf", csrf, "username", username, "password", "rahasia-panjang-1"));
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staf"));
        }

        String csrfFrom(String path) throws Exception {
            Matcher token = CSRF.matcher(get(path).body());
            assertThat(token.find()).as("a form with a CSRF token on " + path).isTrue();
            return token.group(1);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
