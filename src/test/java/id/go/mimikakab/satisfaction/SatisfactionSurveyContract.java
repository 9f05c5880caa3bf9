package id.go.mimikakab.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import id.go.mimikakab.testing.HandledEvents;
import id.go.mimikakab.testing.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * From invitation to index: citizens are invited (by a closed report, or by another module's call), open the link
 * from their e-mail, answer the nine questions, and their unit's IKM appears in the API, the CSV and on /statistik.
 * Run on H2 and on PostgreSQL; cases get unique references, and the unit and year of the hand-worked figures are
 * cleared first, so runs against the shared PostgreSQL database do not see each other's answers.
 */
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
abstract class SatisfactionSurveyContract {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.currentTimeMillis() % 1_000_000_000L));
    private static final Pattern LINK = Pattern.compile("/survei/([a-z2-7]{24})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    SatisfactionSurveys surveys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void inMarch2031() {
        clock.set("2031-03-03T10:00+09:00");
    }

    @Test
    void threeCitizensRateAUnitAndItsIndexIsTheHandWorked87point96GradeB() throws Exception {
        jdbc.sql("delete from survey_response where unit_code = 'DISPARBUD' and answered_on >= date '2031-01-01' "
                + "and answered_on < date '2032-01-01'").update();
        List<int[]> answers = List.of(new int[] {4, 4, 3, 4, 4, 3, 4, 3, 4}, new int[] {3, 3, 3, 4, 3, 3, 4, 3, 3},
                new int[] {4, 3, 4, 4, 4, 4, 4, 3, 3});
        for (int[] set : answers) {
            String email = "warga" + SERIAL.incrementAndGet() + "@example.org";
            surveys.invite(new SurveyInvitation("DISPARBUD", "APPLICATION", "PMH-" + SERIAL.incrementAndGet(), email, "Yakobus"));
            String token = tokenMailedTo(email);
            assertThat(mvc.get().uri("/survei/{token}", token)).hasStatusOk().bodyText()
                    .contains("Dinas Pariwisata", "Persyaratan", "Sangat sesuai", "Gratis", "Dikelola dengan baik");
            assertThat(answer(token, set, "Pelayanan cepat")).hasStatusOk().bodyText().contains("Terima kasih");
        }

        assertThat(mvc.get().uri("/api/v1/stats/satisfaction?year=2031&per=year")).hasStatusOk().bodyJson()
                .satisfies(json -> {
                    JsonNode unit = unit(json.getJson(), "DISPARBUD", "2031");
                    assertThat(unit.get("respondents").asInt()).isEqualTo(3);
                    assertThat(unit.get("ikm").decimalValue()).isEqualByComparingTo("87.96");
                    assertThat(unit.get("grade").asText()).isEqualTo("B");
                });
        assertThat(mvc.get().uri("/api/v1/stats/satisfaction?year=2031")).hasStatusOk().bodyJson()
                .satisfies(json -> {
                    assertThat(unit(json.getJson(), "DISPARBUD", "2031-Q1").get("ikm").decimalValue()).isEqualByComparingTo("87.96");
                    assertThat(unit(json.getJson(), "DISPARBUD", "2031-03").get("respondents").asInt()).isEqualTo(3);
                });
        MvcTestResult csv = mvc.get().uri("/api/v1/stats/satisfaction.csv?year=2031&per=year").exchange();
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFunit_code;unit_name;period;respondents;mean_U1")
                .contains("DISPARBUD;Dinas Pariwisata dan Kebudayaan;2031;3;3,67;3,33;3,33;4,00;3,67;3,33;4,00;3,00;3,33;87,96;B\r\n");
        assertThat(mvc.get().uri("/statistik")).hasStatusOk().bodyText()
                .contains("Indeks Kepuasan Masyarakat", "tahun 2031 per unit", "Dinas Pariwisata dan Kebudayaan", "87,96", "B · Baik");
    }

    @Test
    void aReporterWhoGaveAnEmailIsInvitedOnceTheReportIsClosed() throws Exception {
        String email = "pelapor" + SERIAL.incrementAndGet() + "@example.org";
        String ticket = aReportIsClosed(email);
        HandledEvents.await(jdbc);

        String token = tokenMailedTo(email);
        assertThat(jdbc.sql("select unit_code from survey_invitation where case_kind = 'REPORT' and case_reference = :t")
                .param("t", ticket).query(String.class).single()).isEqualTo("PUPR");
        assertThat(mvc.get().uri("/survei/{token}", token)).hasStatusOk().bodyText().contains("Dinas Pekerjaan Umum", ticket);
        assertThat(answer(token, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, "")).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from survey_response r join survey_invitation i on i.id = r.invitation_id "
                + "where i.case_reference = :t").param("t", ticket).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSurveyIsAnsweredOnceAndAnInvitationIsMadeOncePerCase() {
        String reference = "PMH-" + SERIAL.incrementAndGet();
        String email = "sekali" + SERIAL.incrementAndGet() + "@example.org";
        String path = surveys.invite(new SurveyInvitation("DLH", "APPLICATION", reference, email, null));
        assertThat(surveys.invite(new SurveyInvitation("DLH", "APPLICATION", reference, email, null))).isEqualTo(path);
        assertThat(jdbc.sql("select count(*) from notification_outbox where recipient = :r").param("r", email)
                .query(Long.class).single()).isEqualTo(1);
        String token = path.substring("/survei/".length());

        assertThat(answer(token, new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, "")).hasStatusOk().bodyText().contains("Terima kasih");
        assertThat(answer(token, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, "")).hasStatusOk().bodyText().contains("sudah diisi");
        assertThat(mvc.get().uri(path)).hasStatusOk().bodyText().contains("sudah diisi");
        assertThat(jdbc.sql("select u1 from survey_response r join survey_invitation i on i.id = r.invitation_id "
                + "where i.token = :t").param("t", token).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aQuestionLeftOutIsMarkedNextToItAndEveryOtherAnswerIsKept() {
        String path = surveys.invite(new SurveyInvitation("DINSOS", "APPLICATION", "PMH-" + SERIAL.incrementAndGet(), null, null));
        var request = mvc.post().uri(path).with(csrf()).param("komentar", "Antrean panjang");
        for (int i = 1; i <= 9; i++) {
            if (i != 4) {
                request = request.param("u" + i, i == 2 ? "2" : "3");
            }
        }

        assertThat(request).hasStatus(422).bodyText()
                .contains("Pilih salah satu jawaban untuk pertanyaan ini.", "Antrean panjang", "Biaya/tarif");
        assertThat(mvc.post().uri(path).with(csrf()).param("u1", "3")).hasStatus(422).body()
                .asString().contains("id=\"u1-3\" name=\"u1\" value=\"3\" checked");
        assertThat(jdbc.sql("select count(*) from survey_response r join survey_invitation i on i.id = r.invitation_id "
                + "where i.token = :t").param("t", path.substring(8)).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownSurveyIsNotFound() {
        assertThat(mvc.get().uri("/survei/{token}", "b".repeat(24))).hasStatus(404).bodyText().contains("Survei tidak ditemukan");
    }

    @Test
    void aBadYearOrPeriodIsAProblemNotAnEmptyList() {
        assertThat(mvc.get().uri("/api/v1/stats/satisfaction?year=1800")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/stats/satisfaction?year=2031&per=week")).hasStatus(400);
    }

    private MvcTestResult answer(String token, int[] values, String comment) {
        var request = mvc.post().uri("/survei/{token}", token).with(csrf()).param("komentar", comment);
        for (int i = 0; i < values.length; i++) {
            request = request.param("u" + (i + 1), Integer.toString(values[i]));
        }
        return request.exchange();
    }

    private String tokenMailedTo(String email) {
        String body = jdbc.sql("select body from notification_outbox where recipient = :r and subject like 'Survei kepuasan%'")
                .param("r", email).query(String.class).single();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a survey link in: " + body).isTrue();
        return link.group(1);
    }

    private static JsonNode unit(String json, String unitCode, String period) {
        for (JsonNode node : JSON.readTree(json)) {
            if (node.get("unitCode").asText().equals(unitCode) && node.get("period").asText().equals(period)) {
                return node;
            }
        }
        throw new AssertionError("No " + unitCode + " " + period + " in " + json);
    }

    /** A citizen reports a broken road with an e-mail; PUPR follows up and completes it; the citizen confirms. */
    private String aReportIsClosed(String email) throws Exception {
        String report = JSON.writeValueAsString(Map.of("kind", "COMPLAINT", "categoryCode", "JALAN",
                "description", "Jalan berlubang di depan pasar " + SERIAL.incrementAndGet(), "districtCode", "94.04.01",
                "villageCode", "94.04.01.1008", "reporterEmail", email));
        MvcTestResult submitted = mvc.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(report)
                .with(csrf()).exchange();
        assertThat(submitted).hasStatus(201);
        JsonNode receipt = JSON.readTree(submitted.getResponse().getContentAsByteArray());
        String ticket = receipt.get("ticket").asText();
        assertThat(staff("/routing", ticket, "demo-mcc", "{\"agencyCode\":\"PUPR\"}")).hasStatusOk();
        assertThat(staff("/acknowledgement", ticket, "demo-pupr.staf", "")).hasStatusOk();
        assertThat(staff("/follow-ups", ticket, "demo-pupr.staf", "{\"message\":\"Tim sudah turun\",\"public\":true}")).hasStatusOk();
        assertThat(staff("/completion", ticket, "demo-pupr.kepala", "{\"message\":\"Lubang sudah ditambal\"}")).hasStatusOk();
        HandledEvents.await(jdbc);
        assertThat(jdbc.sql("select count(*) from survey_invitation where case_reference = :t").param("t", ticket)
                .query(Long.class).single()).as("no survey before the report is closed").isZero();
        assertThat(mvc.post().uri("/api/v1/reports/" + ticket + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .header("X-Report-Pin", receipt.get("pin").asText()).content("{\"rating\":5}").with(csrf())).hasStatusOk();
        return ticket;
    }

    private MvcTestResult staff(String step, String ticket, String token, String body) {
        var request = mvc.post().uri("/api/v1/reports/" + ticket + step).header("Authorization", "Bearer " + token);
        return (body.isEmpty() ? request : request.contentType(MediaType.APPLICATION_JSON).content(body)).exchange();
    }
}
