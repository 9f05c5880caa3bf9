package id.go.mimikakab.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenAccounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees an application and its documents: its applicant and the agency handling it, nobody else. Another agency,
 * another citizen, a citizen on the staff API and a member of staff on the citizens' API are all turned away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationVisibilityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CitizenAccounts citizens;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private CitizenAccount yakob;
    private CitizenAccount paulus;
    private String reference;
    private long documentId;

    @BeforeEach
    void yakobHasAppliedForAMovingCertificate() throws Exception {
        yakob = Applicants.verified(citizens, jdbc, "Yakob Kum");
        paulus = Applicants.verified(citizens, jdbc, "Paulus Natkime");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/applicant/applications"))
                .header("Authorization", basic(yakob)).header("Content-Type", multipart().contentType())
                .POST(body().publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        reference = json.readTree(answer.body()).get("reference").asText();
        documentId = json.readTree(get("/api/v1/applicant/applications/" + reference, basic(yakob)).body())
                .get("documents").get(0).get("id").asLong();
    }

    private Multipart request;

    private Multipart multipart() {
        request = new Multipart();
        return request;
    }

    private Multipart body() {
        return request.field("serviceCode", "SURAT_PINDAH").field("NIK", "9404011203850002").field("NOMOR_KK", "9404010101230001")
                .field("ALAMAT_TUJUAN", "Jl. Raya Abepura 12, Kota Jayapura").field("JUMLAH_PINDAH", "3")
                .field("TELEPON", "0812 4567 8901").file("KK", "kk.png", "image/png", TestDocuments.png(Color.ORANGE));
    }

    @Test
    void theApplicantAndTheHandlingAgencySeeTheApplicationAndItsDocument() throws Exception {
        assertThat(get("/api/v1/applicant/applications/" + reference, basic(yakob)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/applicant/applications/" + reference + "/documents/" + documentId, basic(yakob)).statusCode()).isEqualTo(200);
        HttpResponse<String> staffView = get("/api/v1/staff/applications/" + reference, "Bearer demo-disdukcapil.staf");
        assertThat(staffView.statusCode()).isEqualTo(200);
        assertThat(json.readTree(staffView.body()).get("answers").get("TELEPON").asText()).isEqualTo("+6281245678901");
        HttpResponse<String> document = get("/api/v1/staff/applications/" + reference + "/documents/" + documentId,
                "Bearer demo-disdukcapil.kepala");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(get("/api/v1/staff/applications", "Bearer demo-disdukcapil.staf").body()).contains(reference);
    }

    @Test
    void anotherAgencyCannotSeeTheApplicationItsDocumentOrFindItInItsInbox() throws Exception {
        assertThat(get("/api/v1/staff/applications/" + reference, "Bearer demo-dpmptsp.kepala").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/staff/applications/" + reference + "/documents/" + documentId, "Bearer demo-pupr.staf").statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/staff/applications", "Bearer demo-dpmptsp.kepala").body()).doesNotContain(reference);
        assertThat(post("/api/v1/staff/applications/" + reference + "/verification", "Bearer demo-pupr.kepala").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anotherCitizenCannotSeeTheApplicationOrItsDocument() throws Exception {
        assertThat(get("/api/v1/applicant/applications/" + reference, basic(paulus)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/applicant/applications/" + reference + "/documents/" + documentId, basic(paulus)).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/applicant/applications", basic(paulus)).body()).doesNotContain(reference);
    }

    @Test
    void staffAndCitizenCredentialsOpenOnlyTheirOwnSide() throws Exception {
        assertThat(get("/api/v1/applicant/applications/" + reference, "Bearer demo-disdukcapil.staf").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/applicant/applications", "Basic " + Base64.getEncoder()
                .encodeToString("disdukcapil.staf:demo".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/staff/applications/" + reference, basic(yakob)).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/applicant/applications/" + reference, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnverifiedAccountCannotSignIn() throws Exception {
        String email = "belum.verifikasi." + System.nanoTime() + "@example.org";
        citizens.register(email, "Belum Verifikasi", Applicants.PASSWORD);
        assertThat(get("/api/v1/applicant/applications", "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + Applicants.PASSWORD).getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(CitizenAccount who) {
        return ApplicationStoryContract.basic(who);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
