package id.go.mimikakab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;

/** Creates citizens' reports over the public JSON API and routes them as the demo command centre, for the dashboard tests. */
public record DemoCases(MockMvcTester mvc) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Submits a report and answers its ticket. */
    public String submit(String category, String description, boolean confidential) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "COMPLAINT");
        report.put("categoryCode", category);
        report.put("description", description);
        report.put("districtCode", "94.04.01");
        report.put("villageCode", "94.04.01.1008");
        report.put("anonymous", true);
        report.put("confidential", confidential);
        report.put("reporterName", "Maria Rahasia");
        report.put("reporterEmail", "maria.rahasia@example.org");
        String body = JSON.writeValueAsString(report);
        MvcTestResult result = mvc.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).exchange();
        assertThat(result).hasStatus(201);
        return JSON.readTree(result.getResponse().getContentAsByteArray()).get("ticket").asText();
    }

    /** Submits a report and has the command centre route it to the agency. */
    public String routed(String category, String agency, String description, boolean confidential) {
        String ticket = submit(category, description, confidential);
        assertThat(mvc.post().uri("/api/v1/reports/" + ticket + "/routing").header("Authorization", "Bearer demo-mcc")
                .contentType(MediaType.APPLICATION_JSON).content("{\"agencyCode\":\"" + agency + "\"}"))
                .hasStatusOk();
        return ticket;
    }

    /** The agency's staff acknowledge the report and post a public follow-up. */
    public void followUp(String ticket, String staffToken) {
        assertThat(mvc.post().uri("/api/v1/reports/" + ticket + "/acknowledgement").header("Authorization", "Bearer " + staffToken))
                .hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/reports/" + ticket + "/follow-ups").header("Authorization", "Bearer " + staffToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Tim sudah turun ke lokasi\",\"public\":true}"))
                .hasStatusOk();
    }
}
