package id.go.mimikakab.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every JSON answer validates against the official GeoReport v2 JSON Schemas, read from {@code ../shared/open311/schemas}
 * at test time (they are third-party files and are not copied into the project); skipped, saying so, without them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311SchemaIntegrationTests {

    private static final Path SCHEMAS = Path.of("..", "shared", "open311", "schemas").toAbsolutePath().normalize();

    @LocalServerPort
    int port;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    StaffAccounts accounts;

    @BeforeAll
    static void theOfficialSchemasArePresent() {
        assumeTrue(Files.isRegularFile(SCHEMAS.resolve("requests.json")),
                "Open311 schema validation skipped: the official schemas are not at " + SCHEMAS);
    }

    private static Set<ValidationMessage> problems(String schemaFile, String json) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of(SCHEMAS.resolve(schemaFile).toUri().toString()));
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theServiceListAndEveryDefinitionFollowTheirSchemas() throws Exception {
        Open311Client client = new Open311Client(port);
        String services = client.get("services.json").body();
        assertThat(problems("services.json", services)).isEmpty();
        for (var service : tools.jackson.databind.json.JsonMapper.builder().build().readTree(services)) {
            String code = service.get("service_code").asText();
            assertThat(problems("service-definition.json", client.get("services/" + code + ".json").body())).as(code).isEmpty();
        }
    }

    @Test
    void requestsFollowTheirSchemaAtEveryStageOfTheirLife() throws Exception {
        Open311Client client = new Open311Client(port);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", Open311Client.KEY);
        form.put("service_code", "JALAN");
        form.put("address_id", "94.04.01.1008");
        form.put("lat", "-4.5468");
        form.put("long", "136.8839");
        form.put("description", "Jalan berlubang di depan sekolah dasar, licin saat hujan");
        form.put("attribute[KERUSAKAN]", "RINGAN");
        String ticket = client.json(client.post("requests.json", form), 200).get(0).get("service_request_id").asText();
        assertThat(problems("requests.json", client.get("requests/" + ticket + ".json").body())).isEmpty();

        workflow.route(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(ticket), new AgencyCode("PUPR"));
        workflow.followUp(accounts.findByUsername("pupr.staf").orElseThrow().member(), new TicketNumber(ticket), "Dijadwalkan minggu ini", true);
        assertThat(problems("requests.json", client.get("requests/" + ticket + ".json?extensions=true").body())).isEmpty();
        assertThat(problems("requests.json", client.get("requests.json").body())).isEmpty();
        assertThat(TicketNumber.parse(ticket)).isPresent();
    }
}
