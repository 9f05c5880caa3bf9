package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of a citizen's report told over the real HTTP API: a warga in Timika reports a broken road, the
 * command centre routes it to Dinas PUPR, PUPR follows up and completes, the warga confirms. Then the red
 * path: a report that PUPR leaves alone for five working days turns red, and green but late when answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportStoryIntegrationTests {

    private static final String ROAD = """
            {"kind":"COMPLAINT","categoryCode":"JALAN","description":"Jalan Cenderawasih berlubang besar, motor sering jatuh",
             "districtCode":"94.04.01","villageCode":"94.04.01.1008","reporterEmail":"yosef@example.org"}""";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void backToMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
    }

    @Test
    @Order(1)
    void aReportTravelsFromTheCitizenToTheAgencyAndBackToClosed() throws Exception {
        JsonNode receipt = aCitizenReportsABrokenRoad();
        String ticket = receipt.get("ticket").asText();
        String pin = receipt.get("pin").asText();
        assertThat(receipt.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(receipt.get("responsible").get("type").asText()).isEqualTo("COMMAND_CENTER");
        assertThat(pin).matches("\\d{6}");

        theCommandCentreRoutesItToPupr(ticket);
        JsonNode tracked = theCitizenTracks(ticket);
        assertThat(tracked.get("status").asText()).isEqualTo("ROUTED");
        assertThat(tracked.get("responsible").get("code").asText()).isEqualTo("PUPR");
        assertThat(tracked.get("light").asText()).isEqualTo("YELLOW");

        puprFollowsUp(ticket, "Tim sudah meninjau lokasi, penambalan dijadwalkan");
        tracked = theCitizenTracks(ticket);
        assertThat(tracked.get("status").asText()).isEqualTo("FOLLOWED_UP");
        assertThat(tracked.get("light").asText()).isEqualTo("GREEN");
        assertThat(tracked.get("late").asBoolean()).isFalse();

        puprCompletes(ticket);
        theCitizenConfirmsWithFiveStars(ticket, pin);
        tracked = theCitizenTracks(ticket);
        assertThat(tracked.get("status").asText()).isEqualTo("CLOSED");
        assertThat(tracked.get("timeline")).extracting(step -> step.get("action").asText())
                .containsExactly("SUBMITTED", "ROUTED", "ACKNOWLEDGED", "FOLLOWED_UP", "COMPLETED", "CONFIRMED");
        assertThat(tracked.get("timeline")).extracting(step -> step.get("status").asText()).last().isEqualTo("CLOSED");
        assertThat(tracked.toString()).doesNotContain("yosef@example.org");
    }

    @Test
    @Order(2)
    void aReportLeftAloneForFiveWorkingDaysTurnsRedAndGreenButLateWhenAnswered() throws Exception {
        String ticket = aCitizenReportsABrokenRoad().get("ticket").asText();
        theCommandCentreRoutesItToPupr(ticket);
        assertThat(theCitizenTracks(ticket).get("light").asText()).isEqualTo("YELLOW");

        clock.advance(Duration.ofDays(9));
        JsonNode tracked = theCitizenTracks(ticket);
        assertThat(tracked.get("light").asText()).isEqualTo("RED");
        assertThat(redCountOfPupr()).isPositive();

        puprFollowsUp(ticket, "Maaf terlambat, tim sudah turun ke lokasi");
        tracked = theCitizenTracks(ticket);
        assertThat(tracked.get("light").asText()).isEqualTo("GREEN");
        assertThat(tracked.get("late").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void anotherAgencyAndTheLeadersCannotActOnTheReport() throws Exception {
        String ticket = aCitizenReportsABrokenRoad().get("ticket").asText();
        theCommandCentreRoutesItToPupr(ticket);

        assertThat(post("/api/v1/reports/" + ticket + "/follow-ups", "demo-dinkes.staf", "{\"message\":\"bukan kami\"}").statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/staff/reports/" + ticket, "demo-dinkes.kepala").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/reports/" + ticket + "/routing", "demo-bupati", "{\"agencyCode\":\"DINKES\"}").statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/reports/" + ticket + "/follow-ups", "demo-bupati", "{\"message\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/staff/reports/" + ticket, "demo-bupati").statusCode()).isEqualTo(200);
        assertThat(theCitizenTracks(ticket).get("status").asText()).isEqualTo("ROUTED");
        assertThat(post("/api/v1/reports/" + ticket + "/routing", "demo-mcc", "{\"agencyCode\":\"DINKES\"}").statusCode())
                .isEqualTo(200);
        assertThat(theCitizenTracks(ticket).get("responsible").get("code").asText()).isEqualTo("DINKES");
    }

    @Test
    @Order(4)
    void aConfidentialReportIsInvisibleWithoutItsPinAndAbsentFromPublicLists() throws Exception {
        HttpResponse<String> created = post("/api/v1/reports", null, """
                {"kind":"COMPLAINT","categoryCode":"ASN","description":"Ada pungutan liar di loket pelayanan",
                 "districtCode":"94.04.01","villageCode":"94.04.01.1008","confidential":true}""");
        JsonNode receipt = json.readTree(created.body());
        String ticket = receipt.get("ticket").asText();
        assertThat(get("/api/v1/reports/" + ticket, null).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/reports/" + ticket + "?pin=000000", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/reports/" + ticket + "?pin=" + receipt.get("pin").asText(), null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/reports?size=100", null).body()).doesNotContain(ticket);
    }

    @Test
    @Order(5)
    void invalidSubmissionsListEveryBadFieldInOneAnswer() throws Exception {
        HttpResponse<String> answer = post("/api/v1/reports", null, """
                {"kind":"PUJIAN","categoryCode":"TIDAKADA","description":"rusak","reporterPhone":"12345",
                 "reporterEmail":"bukan-email","latitude":1.0}""");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .contains("kind", "categoryCode", "description", "reporterPhone", "reporterEmail", "latitude");
    }

    private JsonNode aCitizenReportsABrokenRoad() throws Exception {
        HttpResponse<String> answer = post("/api/v1/reports", null, ROAD);
        assertThat(answer.statusCode()).isEqualTo(201);
        return json.readTree(answer.body());
    }

    private void theCommandCentreRoutesItToPupr(String ticket) throws Exception {
        assertThat(post("/api/v1/reports/" + ticket + "/routing", "demo-mcc", "{\"agencyCode\":\"PUPR\"}").statusCode())
                .isEqualTo(200);
    }

    private void puprFollowsUp(String ticket, String message) throws Exception {
        assertThat(post("/api/v1/reports/" + ticket + "/acknowledgement", "demo-pupr.staf", "").statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/reports/" + ticket + "/follow-ups", "demo-pupr.staf",
                "{\"message\":\"" + message + "\",\"public\":true}").statusCode()).isEqualTo(200);
    }

    private void puprCompletes(String ticket) throws Exception {
        assertThat(post("/api/v1/reports/" + ticket + "/completion", "demo-pupr.kepala",
                "{\"message\":\"Lubang sudah ditambal dengan aspal\"}").statusCode()).isEqualTo(200);
    }

    private void theCitizenConfirmsWithFiveStars(String ticket, String pin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/reports/" + ticket + "/confirmation"))
                .header("Content-Type", "application/json").header("X-Report-Pin", pin)
                .POST(HttpRequest.BodyPublishers.ofString("{\"rating\":5,\"comment\":\"Terima kasih, cepat\"}")).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private JsonNode theCitizenTracks(String ticket) throws Exception {
        HttpResponse<String> answer = get("/api/v1/reports/" + ticket, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private int redCountOfPupr() throws Exception {
        for (JsonNode agency : json.readTree(get("/api/v1/stats/agencies", null).body())) {
            if (agency.get("agencyCode").asText().equals("PUPR")) {
                return agency.get("red").asInt();
            }
        }
        return 0;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
