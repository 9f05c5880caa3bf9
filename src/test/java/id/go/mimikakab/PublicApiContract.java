package id.go.mimikakab;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public JSON API as outside systems rely on it, checked over real HTTP; each subclass runs it on one
 * database, because every endpoint must answer identically on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PublicApiContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void listsEighteenDistrictsWithTheirVillageCounts() {
        Answer answer = get("/api/v1/regions/districts");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        List<JsonNode> districts = answer.items();
        assertThat(districts).extracting(d -> d.get("code").asString())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 18).mapToObj(n -> "94.04.%02d".formatted(n)).toList());
        assertThat(districts).allSatisfy(d -> {
            assertThat(d.get("name").asString()).isNotBlank();
            assertThat(d.get("villageCount").asInt()).isPositive();
        });
        assertThat(districts.stream().mapToInt(d -> d.get("villageCount").asInt()).sum()).isEqualTo(152);
    }

    @Test
    void listsTheVillagesOfADistrictIncludingNamesWithAnApostrophe() {
        Answer answer = get("/api/v1/regions/districts/94.04.10/villages");

        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> villages = answer.items();
        assertThat(villages).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("code").asString()).matches("94\\.04\\.10\\.\\d{4}");
            assertThat(v.get("kind").asString()).isIn("KAMPUNG", "KELURAHAN");
        });
        assertThat(villages).extracting(v -> v.get("name").asString()).isSorted();
        assertThat(villages).filteredOn(v -> v.get("name").asString().equals("T'Singa"))
                .singleElement()
                .satisfies(v -> assertThat(v.get("code").asString()).isEqualTo("94.04.10.2004"));
    }

    @Test
    void villagesOfEveryDistrictAddUpToItsVillageCount() {
        for (JsonNode district : get("/api/v1/regions/districts").items()) {
            String code = district.get("code").asString();
            assertThat(get("/api/v1/regions/districts/" + code + "/villages").items())
                    .as("villages of %s", code)
                    .hasSize(district.get("villageCount").asInt());
        }
    }

    @Test
    void answersAnUnknownDistrictWithNotFoundProblemDetails() {
        Answer answer = get("/api/v1/regions/districts/94.04.99/villages");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(404);
        assertThat(answer.json().get("detail").asString()).contains("94.04.99");
    }

    @Test
    void listsTheTwentyTwoActiveAgenciesByName() {
        Answer answer = get("/api/v1/agencies");

        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> agencies = answer.items();
        assertThat(agencies).hasSize(22).allSatisfy(a -> {
            assertThat(a.get("code").asString()).isNotBlank();
            assertThat(a.get("name").asString()).isNotBlank();
            assertThat(a.get("shortName").asString()).isNotBlank();
        });
        assertThat(agencies).extracting(a -> a.get("code").asString()).contains("PUPR", "DINKES", "DISKOMINFO");
        assertThat(agencies).extracting(a -> a.get("name").asString()).isSorted();
        assertThat(agencies).filteredOn(a -> a.get("code").asString().equals("PUPR")).singleElement()
                .satisfies(a -> assertThat(a.get("name").asString()).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang"));
    }

    @Test
    void listsTheHolidaysOfAYearInDateOrder() {
        Answer answer = get("/api/v1/calendar/holidays?year=2026");

        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> holidays = answer.items();
        assertThat(holidays).isNotEmpty().allSatisfy(h -> {
            assertThat(h.get("date").asString()).matches("2026-\\d{2}-\\d{2}");
            assertThat(h.get("kind").asString()).isIn("NATIONAL_HOLIDAY", "COLLECTIVE_LEAVE", "REGIONAL");
            assertThat(h.get("name").asString()).isNotBlank();
        });
        assertThat(holidays).extracting(h -> h.get("date").asString()).isSorted()
                .contains("2026-03-20", "2026-03-21", "2026-03-24");
        assertThat(holidays).extracting(h -> h.get("kind").asString())
                .contains("NATIONAL_HOLIDAY", "COLLECTIVE_LEAVE");
    }

    @Test
    void refusesHolidaysWithoutAUsableYear() {
        for (String query : List.of("", "?year=", "?year=dua-ribu", "?year=1800")) {
            Answer answer = get("/api/v1/calendar/holidays" + query);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
            assertThat(answer.json().get("parameter").asString()).as(query).isEqualTo("year");
        }
    }

    @Test
    void setsTheDeadlineAtTheEndOfTheFifthWorkingDayInWit() {
        Answer answer = get(deadline("2026-11-27T20:00:00Z", "5"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("workingDays").asInt()).isEqualTo(5);
        assertThat(OffsetDateTime.parse(answer.json().get("from").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-27T20:00:00Z").toInstant());
        assertThat(answer.json().get("due").asString()).isEqualTo("2026-12-04T23:59:59+09:00");
    }

    @Test
    void skipsTheIdulFitriCollectiveLeaveWhenSettingADeadline() {
        Answer answer = get(deadline("2026-03-18T10:00:00+09:00", "1"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("due").asString()).isEqualTo("2026-03-25T23:59:59+09:00");
    }

    @Test
    void refusesADeadlineFromAnUnreadableMoment() {
        for (String from : List.of("kemarin", "2026-11-27", "2026-11-27T20:00:00")) {
            Answer answer = get(deadline(from, "5"));

            assertThat(answer.status()).as(from).isEqualTo(400);
            assertThat(answer.contentType()).as(from).startsWith("application/problem+json");
            assertThat(answer.json().get("parameter").asString()).as(from).isEqualTo("from");
        }
        assertThat(get("/api/v1/calendar/deadline?workingDays=5").json().get("parameter").asString()).isEqualTo("from");
    }

    @Test
    void refusesADeadlineWithWorkingDaysOutsideOneTo365() {
        for (String days : List.of("0", "366", "-1", "lima", "2.5")) {
            Answer answer = get(deadline("2026-11-27T20:00:00Z", days));

            assertThat(answer.status()).as(days).isEqualTo(400);
            assertThat(answer.contentType()).as(days).startsWith("application/problem+json");
            assertThat(answer.json().get("parameter").asString()).as(days).isEqualTo("workingDays");
        }
        assertThat(get(deadline("2026-11-27T20:00:00Z", "365")).status()).isEqualTo(200);
    }

    @Test
    void listsTheReportCategoriesWithTheAgencyEachGoesTo() {
        Answer answer = get("/api/v1/report-categories");
        List<String> agencies = get("/api/v1/agencies").items().stream().map(a -> a.get("code").asString()).toList();

        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> categories = answer.items();
        assertThat(categories).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("code").asString()).isNotBlank();
            assertThat(c.get("name").asString()).isNotBlank();
            assertThat(c.get("defaultAgencyCode").asString()).isIn(agencies);
            assertThat(c.has("examples")).isTrue();
        });
        assertThat(categories).filteredOn(c -> c.get("code").asString().equals("JALAN")).singleElement()
                .satisfies(c -> assertThat(c.get("defaultAgencyCode").asString()).isEqualTo("PUPR"));
    }

    @Test
    void reportsAnIntactAuditChainToAnAdministrator() {
        Answer answer = get("/api/v1/admin/audit/verification", "Bearer demo-admin");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("intact").asBoolean()).isTrue();
        assertThat(answer.json().get("entriesChecked").asLong()).isNotNegative();
    }

    @Test
    void refusesTheAuditCheckToTheCommandCentre() {
        Answer answer = get("/api/v1/admin/audit/verification", "Bearer demo-mcc");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(403);
    }

    @Test
    void asksForCredentialsBeforeTheAuditCheck() {
        Answer answer = get("/api/v1/admin/audit/verification");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
    }

    private static String deadline(String from, String workingDays) {
        return "/api/v1/calendar/deadline?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&workingDays=" + URLEncoder.encode(workingDays, StandardCharsets.UTF_8);
    }

    private Answer get(String path) {
        return get(path, null);
    }

    private Answer get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body().isEmpty() ? null : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path + " interrupted", e);
        }
    }

    /** One HTTP answer with its body parsed as JSON. */
    record Answer(int status, String contentType, JsonNode json) {

        List<JsonNode> items() {
            assertThat(json.isArray()).as("a JSON array").isTrue();
            List<JsonNode> items = new ArrayList<>();
            json.forEach(items::add);
            return items;
        }
    }
}
