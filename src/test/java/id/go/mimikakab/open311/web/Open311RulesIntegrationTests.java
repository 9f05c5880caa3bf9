package id.go.mimikakab.open311.web;

import static id.go.mimikakab.open311.web.Open311Client.children;
import static id.go.mimikakab.open311.web.Open311Client.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.go.mimikakab.open311.ClientKeys;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

/**
 * The rules of GeoReport v2 as the spec states them, checked against the running server: errors as lists of
 * {code, description} with 400, 403 or 404 in the requested format, empty parameters counted as absent, the
 * jurisdiction, the filters and limits of GET requests, time zones on every date-time, and what never appears.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
class Open311RulesIntegrationTests {

    private static final String WIT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ReportIntake intake;
    @Autowired
    ClientKeys keys;

    private Open311Client client;

    @BeforeEach
    void aClientInThePast() {
        client = new Open311Client(port);
        clock.set("2024-03-04T10:00+09:00");
    }

    @AfterEach
    void backToMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
    }

    private Map<String, String> pothole() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", Open311Client.KEY);
        form.put("service_code", "JALAN");
        form.put("lat", "-4.5468");
        form.put("long", "136.8839");
        form.put("description", "Lubang di jalan poros Timika " + UUID.randomUUID());
        form.put("attribute[KERUSAKAN]", "SEDANG");
        return form;
    }

    private String submitted(Map<String, String> form) throws Exception {
        return client.json(client.post("requests.json", form), 200).get(0).get("service_request_id").asText();
    }

    private List<String> ids(HttpResponse<String> response) {
        return client.json(response, 200).valueStream().map(r -> r.get("service_request_id").asText()).toList();
    }

    /** The errors of an XML answer as "code: description", after checking the status and the XML rules. */
    private List<String> xmlErrors(HttpResponse<String> response, int status) throws Exception {
        Document xml = client.xml(response, status);
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
        return children(xml.getDocumentElement(), "error").stream().map(e -> text(e, "code") + ": " + text(e, "description")).toList();
    }

    private List<String> jsonErrors(HttpResponse<String> response, int status) {
        JsonNode errors = client.json(response, status);
        assertThat(errors.isArray()).isTrue();
        return errors.valueStream().map(e -> {
            assertThat(e.get("code").isString()).as("codes are strings").isTrue();
            return e.get("code").asText() + ": " + e.get("description").asText();
        }).toList();
    }

    @Test
    void submittingWithoutOrWithAWrongKeyIsRefusedWith403InEitherFormat() throws Exception {
        Map<String, String> form = pothole();
        form.remove("api_key");
        assertThat(xmlErrors(client.post("requests.xml", form), 403)).singleElement().asString().startsWith("403: Missing api_key");
        form.put("api_key", "");
        assertThat(jsonErrors(client.post("requests.json", form), 403)).singleElement().asString().startsWith("403: Missing api_key");
        form.put("api_key", "tebak-tebakan");
        assertThat(jsonErrors(client.post("requests.json", form), 403)).singleElement().asString()
                .startsWith("403: Invalid api_key");
    }

    @Test
    void aRevokedKeyNoLongerSubmits() throws Exception {
        var issued = keys.issue("Aplikasi uji " + UUID.randomUUID().toString().substring(0, 8));
        Map<String, String> form = pothole();
        form.put("api_key", issued.secret());
        assertThat(submitted(form)).isNotBlank();
        keys.revoke(issued.key().id());
        assertThat(jsonErrors(client.post("requests.json", form), 403)).hasSize(1);
    }

    @Test
    void anUnknownServiceCodeIs404AndAMissingOneIs400() throws Exception {
        Map<String, String> form = pothole();
        form.put("service_code", "TIDAKADA");
        assertThat(xmlErrors(client.post("requests.xml", form), 404)).singleElement().asString().contains("TIDAKADA");
        form.put("service_code", "");
        assertThat(jsonErrors(client.post("requests.json", form), 400)).singleElement().asString().contains("service_code");
        assertThat(xmlErrors(client.get("services/TIDAKADA.xml"), 404)).hasSize(1);
        assertThat(jsonErrors(client.get("services/TIDAKADA.json"), 404)).hasSize(1);
    }

    @Test
    void aSubmissionWithoutAUsableLocationIsRefusedWithEveryProblemListed() throws Exception {
        Map<String, String> form = pothole();
        form.remove("lat");
        form.remove("long");
        form.put("address_string", "Jl. Cenderawasih");
        form.put("description", "rusak");
        form.put("attribute[KERUSAKAN]", "");
        List<String> errors = jsonErrors(client.post("requests.json", form), 400);
        assertThat(errors).hasSize(3).allMatch(e -> e.startsWith("400: "));
        assertThat(errors).anyMatch(e -> e.contains("A location is required") && e.contains("address_id"));
        assertThat(errors).anyMatch(e -> e.startsWith("400: description"));
        assertThat(errors).anyMatch(e -> e.contains("attribute[KERUSAKAN]"));

        form = pothole();
        form.put("lat", "52.37");
        form.put("long", "4.89");
        assertThat(xmlErrors(client.post("requests.xml", form), 400)).anySatisfy(e -> assertThat(e).contains("lat/long", "inside Mimika"));
        form.put("lat", "utara");
        assertThat(jsonErrors(client.post("requests.json", form), 400)).singleElement().asString().contains("lat");
        form = pothole();
        form.remove("lat");
        form.remove("long");
        form.put("address_id", "94.04.99.9999");
        assertThat(jsonErrors(client.post("requests.json", form), 400)).singleElement().asString().contains("address_id");
    }

    @Test
    void anUnknownJurisdictionIs404OnEveryMethodWhileNoneOrMimikasIsFine() throws Exception {
        for (String resource : List.of("services", "services/JALAN", "requests", "servicerequestupdates")) {
            assertThat(xmlErrors(client.get(resource + ".xml?jurisdiction_id=sfgov.org"), 404)).singleElement()
                    .asString().contains("sfgov.org");
            assertThat(jsonErrors(client.get(resource + ".json?jurisdiction_id=sfgov.org"), 404)).hasSize(1);
            assertThat(client.get(resource + ".json?jurisdiction_id=mimikakab.go.id").statusCode()).isEqualTo(200);
            assertThat(client.get(resource + ".json?jurisdiction_id=").statusCode()).isEqualTo(200);
        }
        Map<String, String> form = pothole();
        form.put("jurisdiction_id", "sfgov.org");
        assertThat(xmlErrors(client.post("requests.xml", form), 404)).hasSize(1);
    }

    @Test
    void emptyParametersCountAsAbsent() throws Exception {
        clock.set("2022-02-07T09:00+09:00");
        String ticket = submitted(pothole());
        String withEmpty = "requests.json?service_request_id=&service_code=&start_date=&end_date=&status=&jurisdiction_id=&extensions=";
        assertThat(client.get(withEmpty).body()).isEqualTo(client.get("requests.json").body());
        assertThat(ids(client.get(withEmpty))).contains(ticket);

        Map<String, String> form = pothole();
        form.put("email", "");
        form.put("phone", "");
        form.put("first_name", "");
        form.put("address_id", "");
        form.put("attribute[PANJANG]", "");
        assertThat(submitted(form)).isNotBlank();
    }

    @Test
    void theListCoversTheMostRecent90DaysByDefaultAndTheGivenPeriodOtherwise() throws Exception {
        clock.set("2021-01-05T09:00+09:00");
        String january = submitted(pothole());
        clock.set("2021-05-05T09:00+09:00");
        String may = submitted(pothole());

        assertThat(ids(client.get("requests.json"))).contains(may).doesNotContain(january);
        assertThat(ids(client.get("requests.json?start_date=2021-01-01T00:00:00Z&end_date=2021-01-31T00:00:00Z")))
                .contains(january).doesNotContain(may);
        assertThat(ids(client.get("requests.json?start_date=2021-01-05T00:00:00Z"))).contains(january).doesNotContain(may);
        assertThat(ids(client.get("requests.json?end_date=2021-05-06T00:00:00%2B09:00"))).contains(may).doesNotContain(january);
        assertThat(ids(client.get("requests.json?start_date=2021-01-05T09:00:00+09:00&end_date=2021-01-05T09:00:00+09:00")))
                .as("both ends included; an unencoded '+' read as meant").containsExactly(january);

        assertThat(jsonErrors(client.get("requests.json?start_date=2021-01-01T00:00:00Z&end_date=2021-05-31T00:00:00Z"), 400))
                .singleElement().asString().contains("90 days");
        assertThat(jsonErrors(client.get("requests.json?start_date=2021-02-01T00:00:00Z&end_date=2021-01-01T00:00:00Z"), 400))
                .hasSize(1);
        assertThat(xmlErrors(client.get("requests.xml?start_date=2021-01-01T00:00:00"), 400)).singleElement().asString()
                .contains("time zone");
        assertThat(xmlErrors(client.get("requests.xml?end_date=kemarin"), 400)).hasSize(1);
    }

    @Test
    void serviceRequestIdOverridesEveryOtherArgument() throws Exception {
        clock.set("2020-08-03T09:00+09:00");
        String old = submitted(pothole());
        clock.set("2020-11-03T09:00+09:00");
        assertThat(ids(client.get("requests.json?service_request_id=" + old
                + ",TIDAK-ADA1&service_code=SAMPAH&status=closed&start_date=2020-11-01T00:00:00Z"))).containsExactly(old);
    }

    @Test
    void statusAndServiceCodeFilterTogetherAndUnknownValuesAre400() throws Exception {
        clock.set("2019-03-01T09:00+09:00");
        String road = submitted(pothole());
        assertThat(ids(client.get("requests.json?status=open&service_code=JALAN,SAMPAH"))).contains(road);
        assertThat(ids(client.get("requests.json?status=open,closed"))).contains(road);
        assertThat(ids(client.get("requests.json?status=closed"))).doesNotContain(road);
        assertThat(ids(client.get("requests.json?service_code=SAMPAH"))).doesNotContain(road);
        assertThat(jsonErrors(client.get("requests.json?status=pending"), 400)).hasSize(1);
        assertThat(xmlErrors(client.get("requests.xml?service_code=TIDAKADA"), 400)).hasSize(1);
    }

    @Test
    void unknownRequestsTokensAndResourcesAre404InTheirFormat() throws Exception {
        assertThat(xmlErrors(client.get("requests/ZZZZ-ZZZZ.xml"), 404)).hasSize(1);
        assertThat(jsonErrors(client.get("requests/bukan-tiket.json"), 404)).hasSize(1);
        assertThat(jsonErrors(client.get("tokens/ZZZZ-ZZZZ.json"), 404)).hasSize(1);
        assertThat(xmlErrors(client.get("laporan.xml"), 404)).hasSize(1);
        assertThat(jsonErrors(client.get("laporan.json"), 404)).hasSize(1);
        assertThat(xmlErrors(client.get("services.html"), 404)).hasSize(1);
    }

    @Test
    void aTokenNamesTheRequestItStandsFor() throws Exception {
        String ticket = submitted(pothole());
        JsonNode json = client.json(client.get("tokens/" + ticket + ".json"), 200);
        assertThat(json.get(0).get("service_request_id").asText()).isEqualTo(ticket);
        assertThat(json.get(0).get("token").asText()).isEqualTo(ticket);
        Element request = children(client.xml(client.get("tokens/" + ticket + ".xml"), 200).getDocumentElement(), "request").get(0);
        assertThat(text(request, "service_request_id")).isEqualTo(ticket);
    }

    @Test
    void everyDateTimeCarriesTheWitOffset() throws Exception {
        clock.set("2022-04-04T09:00+09:00");
        String ticket = submitted(pothole());
        JsonNode request = client.json(client.get("requests/" + ticket + ".json"), 200).get(0);
        for (String field : List.of("requested_datetime", "updated_datetime", "expected_datetime")) {
            assertThat(request.get(field).asText()).as(field).matches(WIT);
        }
        assertThat(request.get("expected_datetime").asText()).isEqualTo("2022-04-07T23:59:59+09:00");
        Element xml = children(client.xml(client.get("requests/" + ticket + ".xml"), 200).getDocumentElement(), "request").get(0);
        assertThat(text(xml, "requested_datetime")).isEqualTo("2022-04-04T09:00:00+09:00");
        assertThat(client.json(client.get("discovery.json"), 200).get("changeset").asText()).matches(WIT);
    }

    @Test
    void optionalFieldsAreLeftOutRatherThanNull() throws Exception {
        String ticket = submitted(pothole());
        String json = client.get("requests/" + ticket + ".json").body();
        assertThat(json).doesNotContain("null");
        JsonNode request = client.json(client.get("requests/" + ticket + ".json"), 200).get(0);
        assertThat(request.has("status_notes")).isFalse();
        assertThat(request.has("media_url")).isFalse();
        assertThat(request.has("address")).as("a map point without a village").isFalse();
        Element xml = children(client.xml(client.get("requests/" + ticket + ".xml"), 200).getDocumentElement(), "request").get(0);
        assertThat(children(xml, "status_notes")).isEmpty();
    }

    @Test
    void confidentialReportsNeverAppearAndReportersStayUnknown() throws Exception {
        clock.set("2019-06-03T09:00+09:00");
        String secret = intake.submit(new ReportSubmission("COMPLAINT", "ASN", "Pungutan liar di loket pelayanan KTP",
                "94.04.01", "94.04.01.1008", null, null, null, true, true, "Maria", "081234567890", "maria@example.org"),
                Channel.WEB, null, null).ticket();
        String anonymous = intake.submit(new ReportSubmission("COMPLAINT", "SAMPAH", "Sampah menumpuk di depan rumah ibadah",
                "94.04.01", "94.04.01.1008", null, null, "Rumah Bapak Markus no. 7", true, false, "Markus", "081298765432",
                "markus@example.org"), Channel.WEB, null, null).ticket();

        assertThat(client.json(client.get("requests/" + secret + ".json"), 404)).hasSize(1);
        assertThat(client.json(client.get("tokens/" + secret + ".json"), 404)).hasSize(1);
        String everything = client.get("requests.json?extensions=true").body() + client.get("requests.xml").body()
                + client.get("requests.json?service_request_id=" + secret + "," + anonymous).body()
                + client.get("servicerequestupdates.json").body();
        assertThat(everything).contains(anonymous).doesNotContain(secret, "Maria", "Markus", "example.org", "0812", "Rumah Bapak");
    }

    @Test
    void extensionsAddThePublicNotesOfEachRequest() throws Exception {
        String ticket = submitted(pothole());
        JsonNode plain = client.json(client.get("requests/" + ticket + ".json"), 200).get(0);
        assertThat(plain.has("extended_attributes")).isFalse();
        JsonNode extended = client.json(client.get("requests/" + ticket + ".json?extensions=true"), 200).get(0);
        assertThat(extended.get("extended_attributes").get("notes").isArray()).isTrue();
        Element xml = children(client.xml(client.get("requests/" + ticket + ".xml?extensions=true"), 200)
                .getDocumentElement(), "request").get(0);
        assertThat(children(xml, "extended_attributes")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "discovery", "services", "services/JALAN", "requests", "servicerequestupdates" })
    void everyResourceAnswersInBothFormatsWithTheSameContent(String resource) throws Exception {
        JsonNode json = client.json(client.get(resource + ".json"), 200);
        Document xml = client.xml(client.get(resource + ".xml"), 200);
        if (json.isArray()) {
            Iterator<JsonNode> items = json.iterator();
            int count = 0;
            while (items.hasNext()) {
                items.next();
                count++;
            }
            assertThat(xml.getDocumentElement().getChildNodes().getLength()).isEqualTo(count);
        } else {
            assertThat(xml.getDocumentElement().getTagName()).isIn("discovery", "service_definition");
        }
    }
}
