package id.go.mimikakab.open311.web;

import static id.go.mimikakab.open311.web.Open311Client.children;
import static id.go.mimikakab.open311.web.Open311Client.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

/**
 * An Open311 client that knows only the GeoReport v2 specification finds Mimika's services, submits a road report
 * with its key, and follows it until it is closed, in XML and in JSON, while the command centre and Dinas PUPR work
 * on it through the report lifecycle. Run on H2 and on PostgreSQL.
 */
abstract class Open311StoryContract {

    private static final String TICKET = "[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}";
    private static final String WIT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    StaffAccounts accounts;

    private Open311Client client;

    @BeforeEach
    void aClientAndAMondayMorning() {
        client = new Open311Client(port);
        clock.set("2025-03-03T10:00+09:00");
    }

    @AfterEach
    void backToMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
    }

    @Test
    void aClientListsTheServicesSubmitsWithItsKeyAndFollowsTheRequestUntilItIsClosed() throws Exception {
        String endpoint = theClientDiscoversTheEndpoint();
        assertThat(endpoint).endsWith("/open311/v2");
        theClientFindsRoadDamageAmongTheServicesInBothFormats();
        theDefinitionAsksHowBadTheDamageIs();

        String ticket = theClientSubmitsAPotholeInXml();
        JsonNode submitted = theClientReadsTheRequestInJson(ticket);
        assertThat(submitted.get("status").asText()).isEqualTo("open");
        assertThat(submitted.get("service_code").asText()).isEqualTo("JALAN");
        assertThat(submitted.get("requested_datetime").asText()).isEqualTo("2025-03-03T10:00:00+09:00");
        assertThat(submitted.get("lat").asDouble()).isEqualTo(-4.5468);
        assertThat(submitted.get("long").asDouble()).isEqualTo(136.8839);
        assertThat(submitted.has("agency_responsible")).isFalse();
        assertThat(submitted.toString()).doesNotContain("Yosef", "yosef@example.org");

        theCommandCentreRoutesItToPuprAndPuprFollowsUpAndCompletes(ticket);
        JsonNode completed = theClientReadsTheRequestInJson(ticket);
        assertThat(completed.get("status").asText()).as("the reporter may still reopen it").isEqualTo("open");
        assertThat(completed.get("agency_responsible").asText()).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang");
        assertThat(completed.get("status_notes").asText()).isEqualTo("Lubang sudah ditambal dengan aspal");

        clock.advance(Duration.ofDays(16));
        assertThat(workflow.closeIfSilent(new TicketNumber(ticket))).isTrue();
        Element closed = theClientReadsTheRequestInXml(ticket);
        assertThat(text(closed, "status")).isEqualTo("closed");
        assertThat(text(closed, "updated_datetime")).isEqualTo("2025-03-22T12:00:00+09:00");
        assertThat(text(closed, "status_notes")).isEqualTo("Lubang sudah ditambal dengan aspal");

        theUpdatesTellTheWholeStoryInBothFormats(ticket);
    }

    @Test
    void aClientSubmitsInJsonAtAVillageAndReadsSeveralRequestsAtOnce() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", Open311Client.KEY);
        form.put("jurisdiction_id", "mimikakab.go.id");
        form.put("service_code", "JALAN");
        form.put("address_id", "94.04.01.1008");
        form.put("address_string", "Jl. Cenderawasih, depan pasar");
        form.put("description", "Jembatan kayu di ujung kampung patah, anak sekolah memutar jauh");
        form.put("attribute[KERUSAKAN]", "BERAT");
        JsonNode created = client.json(client.post("requests.json", form), 200);
        assertThat(created.isArray()).isTrue();
        String first = created.get(0).get("service_request_id").asText();
        assertThat(first).matches(TICKET);
        assertThat(created.get(0).has("token")).isFalse();

        form.put("description", "Jalan tanah longsor sebagian setelah hujan deras semalam");
        form.put("attribute[KERUSAKAN]", "SEDANG");
        String second = client.json(client.post("requests.json", form), 200).get(0).get("service_request_id").asText();

        JsonNode both = client.json(client.get("requests.json?service_request_id=" + first + "," + second), 200);
        assertThat(both).extracting(r -> r.get("service_request_id").asText()).containsExactlyInAnyOrder(first, second);
        JsonNode one = both.get(0);
        assertThat(one.get("address_id").asText()).isEqualTo("94.04.01.1008");
        assertThat(one.get("address").asText()).endsWith("Distrik Mimika Baru, Kabupaten Mimika");
        assertThat(one.toString()).doesNotContain("depan pasar");
    }

    private String theClientDiscoversTheEndpoint() throws Exception {
        Document xml = client.xml(client.get("discovery.xml"), 200);
        Element endpoint = children(children(xml.getDocumentElement(), "endpoints").get(0), "endpoint").get(0);
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(children(children(endpoint, "formats").get(0), "format")).extracting(Element::getTextContent)
                .contains("text/xml", "application/json");
        assertThat(text(xml.getDocumentElement(), "changeset")).matches(WIT);
        JsonNode json = client.json(client.get("discovery.json"), 200);
        assertThat(json.get("endpoints").get(0).get("url").asText()).isEqualTo(text(endpoint, "url"));
        return text(endpoint, "url");
    }

    private void theClientFindsRoadDamageAmongTheServicesInBothFormats() throws Exception {
        JsonNode services = client.json(client.get("services.json"), 200);
        JsonNode road = null;
        for (JsonNode service : services) {
            assertThat(service.get("service_code").isString()).isTrue();
            assertThat(service.get("type").asText()).isEqualTo("realtime");
            if (service.get("service_code").asText().equals("JALAN")) {
                road = service;
            }
        }
        assertThat(road).isNotNull();
        assertThat(road.get("service_name").asText()).isEqualTo("Jalan dan Jembatan");
        assertThat(road.get("metadata").asBoolean()).isTrue();
        assertThat(road.get("group").asText()).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang");
        assertThat(road.get("keywords").asText()).contains("lubang jalan");

        Document xml = client.xml(client.get("services.xml"), 200);
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        List<Element> all = children(xml.getDocumentElement(), "service");
        assertThat(all).hasSameSizeAs(List.copyOf(services.valueStream().toList()));
        assertThat(all).filteredOn(s -> "JALAN".equals(text(s, "service_code")))
                .singleElement().satisfies(s -> assertThat(text(s, "metadata")).isEqualTo("true"));
    }

    private void theDefinitionAsksHowBadTheDamageIs() throws Exception {
        Document xml = client.xml(client.get("services/JALAN.xml"), 200);
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(text(xml.getDocumentElement(), "service_code")).isEqualTo("JALAN");
        Element severity = children(children(xml.getDocumentElement(), "attributes").get(0), "attribute").get(0);
        assertThat(text(severity, "code")).isEqualTo("KERUSAKAN");
        assertThat(text(severity, "datatype")).isEqualTo("singlevaluelist");
        assertThat(text(severity, "required")).isEqualTo("true");
        assertThat(text(severity, "variable")).isEqualTo("true");
        assertThat(text(severity, "order")).isEqualTo("1");
        assertThat(children(children(severity, "values").get(0), "value")).extracting(v -> text(v, "key"))
                .containsExactly("RINGAN", "SEDANG", "BERAT");
        JsonNode json = client.json(client.get("services/JALAN.json"), 200);
        assertThat(json.get("attributes").get(0).get("values").get(2).get("key").asText()).isEqualTo("BERAT");
    }

    private String theClientSubmitsAPotholeInXml() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", Open311Client.KEY);
        form.put("service_code", "JALAN");
        form.put("lat", "-4.5468");
        form.put("long", "136.8839");
        form.put("description", "Lubang besar di Jalan Cenderawasih, motor sering jatuh — hati-hati");
        form.put("first_name", "Yosef");
        form.put("email", "yosef@example.org");
        form.put("device_id", "android-1234");
        form.put("attribute[KERUSAKAN]", "BERAT");
        form.put("attribute[PANJANG]", "3.5");
        Document xml = client.xml(client.post("requests.xml", form), 200);
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element request = children(xml.getDocumentElement(), "request").get(0);
        String ticket = text(request, "service_request_id");
        assertThat(ticket).matches(TICKET);
        assertThat(text(request, "token")).isNull();
        assertThat(text(request, "service_notice")).contains(ticket);
        return ticket;
    }

    private JsonNode theClientReadsTheRequestInJson(String ticket) throws Exception {
        JsonNode list = client.json(client.get("requests/" + ticket + ".json"), 200);
        assertThat(list).hasSize(1);
        JsonNode request = list.get(0);
        assertThat(request.get("service_request_id").asText()).isEqualTo(ticket);
        assertThat(request.get("description").asText()).endsWith("motor sering jatuh — hati-hati");
        return request;
    }

    private Element theClientReadsTheRequestInXml(String ticket) throws Exception {
        Document xml = client.xml(client.get("requests/" + ticket + ".xml"), 200);
        List<Element> requests = children(xml.getDocumentElement(), "request");
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private void theCommandCentreRoutesItToPuprAndPuprFollowsUpAndCompletes(String ticket) {
        clock.advance(Duration.ofHours(2));
        workflow.route(member("mcc"), new TicketNumber(ticket), new AgencyCode("PUPR"));
        clock.advance(Duration.ofDays(1));
        workflow.followUp(member("pupr.staf"), new TicketNumber(ticket), "Tim sudah meninjau lokasi, penambalan dijadwalkan", true);
        workflow.followUp(member("pupr.staf"), new TicketNumber(ticket), "Catatan internal: aspal dari gudang B", false);
        clock.advance(Duration.ofDays(2));
        workflow.complete(member("pupr.kepala"), new TicketNumber(ticket), "Lubang sudah ditambal dengan aspal");
    }

    private void theUpdatesTellTheWholeStoryInBothFormats(String ticket) throws Exception {
        String period = "start_date=2025-03-03T00:00:00%2B09:00&end_date=2025-03-31T00:00:00Z";
        JsonNode updates = client.json(client.get("servicerequestupdates.json?" + period), 200);
        List<JsonNode> ours = updates.valueStream().filter(u -> u.get("service_request_id").asText().equals(ticket)).toList();
        assertThat(ours).extracting(u -> u.get("status").asText()).containsExactly("open", "open", "open", "closed");
        assertThat(ours).extracting(u -> u.has("description") ? u.get("description").asText() : null).containsExactly(null,
                "Tim sudah meninjau lokasi, penambalan dijadwalkan", "Lubang sudah ditambal dengan aspal", null);
        assertThat(ours).allSatisfy(u -> {
            assertThat(u.get("update_id").isString()).isTrue();
            assertThat(u.get("updated_datetime").asText()).matches(WIT);
        });
        assertThat(updates.toString()).doesNotContain("aspal dari gudang B");

        Document xml = client.xml(client.get("servicerequestupdates.xml?" + period), 200);
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_request_updates");
        assertThat(children(xml.getDocumentElement(), "request_update"))
                .filteredOn(u -> ticket.equals(text(u, "service_request_id")))
                .extracting(u -> text(u, "update_id"))
                .containsExactlyElementsOf(ours.stream().map(u -> u.get("update_id").asText()).toList());
    }

    private StaffMember member(String username) {
        return accounts.findByUsername(username).orElseThrow().member();
    }
}
