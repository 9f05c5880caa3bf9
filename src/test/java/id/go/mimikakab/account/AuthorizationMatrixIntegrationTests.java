package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the application × every demo role (and, for agency roles, their own agency PUPR and
 * another agency, DINKES) against the table in {@code authorization-matrix.txt}. A mapping without a row fails
 * the build, so a new endpoint cannot ship without someone deciding who may reach it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    /** The columns of the table, in order: no one signed in, then one demo account per role and agency. */
    static final List<String> WHO = List.of("anon", "admin", "mcc", "pupr.kepala", "pupr.staf", "dinkes.kepala",
            "dinkes.staf", "bupati");

    static final String KWAMKI = "94.04.01.1002";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    /** A report routed to PUPR: "own agency" for the pupr accounts, "another agency" for the dinkes accounts. */
    String ticket;

    /** A report still waiting in the command centre's queue, for the command centre's actions. */
    String queuedTicket;

    @BeforeAll
    void reportsToWorkOn() {
        ticket = submit("Matriks otorisasi: jalan rusak di depan sekolah");
        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));
        queuedTicket = submit("Matriks otorisasi: laporan yang belum diteruskan");
    }

    @Test
    void everyRequestMappingHasARowInTheMatrix() {
        Set<String> rows = new TreeSet<>();
        matrix().forEach(row -> rows.add(row.method() + " " + row.pattern()));
        Set<String> missing = new TreeSet<>();
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (String verb : methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList()) {
                    mapped.add(verb + " " + pattern);
                    if (!rows.contains(verb + " " + pattern)) {
                        missing.add(verb + " " + pattern);
                    }
                }
            }
        });
        assertThat(missing).as("request mappings without a row in authorization-matrix.txt").isEmpty();
        assertThat(mapped).as("rows for mappings that no longer exist").containsAll(rows);
    }

    Stream<Object[]> cells() {
        return matrix().stream().flatMap(row -> WHO.stream().map(who -> new Object[] {row, who}));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachRoleReachesExactlyWhatTheMatrixAllows(Row row, String who) throws Exception {
        boolean allowed = row.allows(who);
        String uri = row.example().replace("{ticket}", ticket).replace("{queued}", queuedTicket);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method().equals("ANY") ? "GET" : row.method()), uri)
                .accept(acceptFor(uri));
        // The matrix is about roles, not about forged forms: every request carries a valid CSRF token, and JSON
        // calls an empty object, so that the answer comes from the rules and not from a missing body.
        request.with(csrf());
        if (row.method().equals("POST") && uri.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (!who.equals("anon")) {
            request.header("Authorization", "Bearer demo-" + who);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        boolean refused = status == 401 || status == 403 || (redirect != null && (redirect.endsWith("/login") || redirect.endsWith("/warga/masuk")));
        String what = "%s %s as %s answered %d%s".formatted(row.method(), uri, who, status,
                redirect == null ? "" : " → " + redirect);
        if (allowed) {
            assertThat(refused).as(what + ", but the matrix allows it").isFalse();
            assertThat(status).as(what + ": a server error").isLessThan(500);
        } else {
            assertThat(refused).as(what + ", but the matrix refuses it").isTrue();
        }
    }

    /** What a client of the URI sends: JSON for the API, an event stream for the live wall's feed, HTML for pages. */
    private static MediaType acceptFor(String uri) {
        if (uri.startsWith("/api/")) {
            return MediaType.APPLICATION_JSON;
        }
        return uri.equals("/mcc/siaran") ? MediaType.TEXT_EVENT_STREAM : MediaType.TEXT_HTML;
    }

    private String submit(String description) {
        return intake.submit(new ReportSubmission("COMPLAINT", "JALAN", description, "94.04.01", KWAMKI, null, null, null,
                false, false, null, null, null), Channel.WEB, null, null).ticket();
    }

    /** One line of the table: a mapping, a URI that reaches it, and who may. */
    record Row(String method, String pattern, String example, Map<String, Boolean> access) {

        boolean allows(String who) {
            return access.get(who);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static List<Row> matrix() {
        try (InputStream in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream("/authorization-matrix.txt")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\\s+");
                if (cells.length != 3 + WHO.size()) {
                    throw new IllegalStateException("A row needs method, pattern, example and " + WHO.size()
                            + " cells (Y or -): " + text);
                }
                Map<String, Boolean> access = new LinkedHashMap<>();
                for (int i = 0; i < WHO.size(); i++) {
                    String cell = cells[3 + i];
                    if (!cell.equals("Y") && !cell.equals("-")) {
                        throw new IllegalStateException("A cell is Y (allowed) or - (refused), not " + cell + ": " + text);
                    }
                    access.put(WHO.get(i), cell.equals("Y"));
                }
                rows.add(new Row(cells[0], cells[1], cells[2].equals("=") ? cells[1] : cells[2], access));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
