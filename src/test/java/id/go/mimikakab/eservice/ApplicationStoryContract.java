package id.go.mimikakab.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenAccounts;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of an application for a birth certificate told over the real HTTP API, on each database: Maria applies
 * from her phone with the birth letter and the family card; Disdukcapil verifies, processes, and its head approves.
 * Then the returned path (the family card is unreadable; the clock stops while Maria holds it; she corrects it) and
 * the rejected path (with its legal basis), with illegal steps refused on the way.
 */
abstract class ApplicationStoryContract {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    CitizenAccounts citizens;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void backToMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
    }

    @Test
    void anApplicationIsVerifiedProcessedApprovedAndIssued() throws Exception {
        CitizenAccount maria = Applicants.verified(citizens, jdbc, "Maria Magal");
        String reference = mariaAppliesForABirthCertificate(maria, UUID.randomUUID().toString());
        JsonNode applied = mariaReads(maria, reference);
        assertThat(applied.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(applied.get("light").asText()).isEqualTo("YELLOW");
        assertThat(applied.get("documents")).hasSize(2);

        staff("demo-disdukcapil.staf", reference, "verification", "");
        staff("demo-disdukcapil.staf", reference, "acceptance", "");
        assertThat(staff("demo-disdukcapil.staf", reference, "approval", "").statusCode())
                .as("nothing to approve before it is processed").isEqualTo(409);
        staff("demo-disdukcapil.staf", reference, "processing", "{\"note\":\"Akta siap ditandatangani\"}");
        assertThat(staff("demo-disdukcapil.staf", reference, "approval", "").statusCode())
                .as("approval is the head's step").isEqualTo(403);
        assertThat(staff("demo-disdukcapil.kepala", reference, "approval", "").statusCode()).isEqualTo(200);

        JsonNode issued = mariaReads(maria, reference);
        assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.get("light").asText()).isEqualTo("GREEN");
        assertThat(issued.get("late").asBoolean()).isFalse();
        assertThat(issued.get("timeline")).extracting(s -> s.get("action").asText())
                .containsExactly("SUBMITTED", "VERIFICATION_STARTED", "VERIFIED", "PROCESSED", "ISSUED");
        String documentCode = issued.get("documentCode").asText();
        HttpResponse<String> verification = http.send(HttpRequest.newBuilder(uri("/verifikasi/" + documentCode)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).as("the holder's NIK, masked").contains("9404********");
        assertThat(staff("demo-disdukcapil.kepala", reference, "rejection",
                "{\"reason\":\"x\",\"legalBasis\":\"y\"}").statusCode()).as("an issued application stays issued").isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit_record where target_type = 'application' and target_id = :r")
                .param("r", reference).query(Long.class).single()).isEqualTo(5);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjectsSentTo(maria.email()))
                .anyMatch(s -> s.contains("diterima")).anyMatch(s -> s.contains("selesai")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from notification_outbox where recipient = :to and body like '%/survei/%'")
                .param("to", maria.email()).query(Long.class).single()).as("invited to the SKM survey").isEqualTo(1));
    }

    @Test
    void aReturnedApplicationWaitsForTheApplicantWithoutTurningRedAndIsIssuedAfterTheCorrection() throws Exception {
        CitizenAccount maria = Applicants.verified(citizens, jdbc, "Maria Beanal");
        String reference = mariaAppliesForABirthCertificate(maria, null);
        staff("demo-disdukcapil.staf", reference, "verification", "");
        staff("demo-disdukcapil.staf", reference, "return", "{\"corrections\":{\"KK\":\"Foto KK buram, unggah ulang yang terbaca\"}}");

        JsonNode returned = mariaReads(maria, reference);
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("openCorrections").get("KK").asText()).contains("buram");
        assertThat(returned.get("pausedWorkingDays").asInt()).isPositive();

        clock.advance(Duration.ofDays(14));
        assertThat(mariaReads(maria, reference).get("light").asText()).as("paused: never red").isEqualTo("YELLOW");
        assertThat(staff("demo-disdukcapil.staf", reference, "acceptance", "").statusCode())
                .as("the agency cannot go on while the applicant holds it").isEqualTo(409);

        HttpResponse<String> corrected = send(HttpRequest.newBuilder(uri("/api/v1/applicant/applications/" + reference + "/correction")),
                maria, new Multipart().file("KK", "kk-baru.png", "image/png", TestDocuments.png(Color.WHITE)));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode again = json.readTree(corrected.body());
        assertThat(again.get("status").asText()).isEqualTo("VERIFICATION");
        assertThat(again.get("documents")).extracting(d -> d.get("fileName").asText()).contains("kk-baru.png");

        staff("demo-disdukcapil.staf", reference, "acceptance", "");
        staff("demo-disdukcapil.staf", reference, "processing", "");
        staff("demo-disdukcapil.kepala", reference, "approval", "");
        JsonNode issued = mariaReads(maria, reference);
        assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.get("late").asBoolean()).isFalse();
        assertThat(issued.get("timeline")).extracting(s -> s.get("action").asText())
                .containsExactly("SUBMITTED", "VERIFICATION_STARTED", "RETURNED", "RESUBMITTED", "VERIFIED", "PROCESSED", "ISSUED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(bodiesSentTo(maria.email()))
                .anyMatch(b -> b.contains("Kartu Keluarga orang tua: Foto KK buram")));
    }

    @Test
    void aRejectedApplicationNamesItsLegalBasisAndCannotBeApprovedAfterwards() throws Exception {
        CitizenAccount maria = Applicants.verified(citizens, jdbc, "Maria Kum");
        String reference = mariaAppliesForABirthCertificate(maria, null);
        staff("demo-disdukcapil.staf", reference, "verification", "");
        assertThat(staff("demo-disdukcapil.staf", reference, "rejection", "{\"reason\":\"Kelahiran sudah tercatat\"}").statusCode())
                .as("a rejection needs its legal basis").isEqualTo(400);
        assertThat(staff("demo-disdukcapil.staf", reference, "rejection",
                "{\"reason\":\"Kelahiran anak sudah tercatat dengan akta nomor lain\",\"legalBasis\":\"Perpres 96/2018 Pasal 33\"}")
                .statusCode()).isEqualTo(200);
        JsonNode rejected = mariaReads(maria, reference);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("legalBasis").asText()).isEqualTo("Perpres 96/2018 Pasal 33");
        assertThat(rejected.get("light").asText()).isEqualTo("GREEN");
        assertThat(staff("demo-disdukcapil.kepala", reference, "approval", "").statusCode()).isEqualTo(409);
    }

    @Test
    void anApplicationLeftAloneTurnsRedOnTheLeadersLeagueTableAndIsLateWhenFinallyIssued() throws Exception {
        CitizenAccount maria = Applicants.verified(citizens, jdbc, "Maria Omaleng");
        String reference = mariaAppliesForABirthCertificate(maria, null);
        int redBefore = redOf("DISDUKCAPIL");
        clock.advance(Duration.ofDays(7));
        assertThat(mariaReads(maria, reference).get("light").asText()).isEqualTo("RED");
        assertThat(redOf("DISDUKCAPIL")).isGreaterThan(redBefore);
        staff("demo-disdukcapil.staf", reference, "acceptance", "");
        staff("demo-disdukcapil.staf", reference, "processing", "");
        staff("demo-disdukcapil.kepala", reference, "approval", "");
        JsonNode issued = mariaReads(maria, reference);
        assertThat(issued.get("light").asText()).isEqualTo("GREEN");
        assertThat(issued.get("late").asBoolean()).isTrue();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameApplicationAndBadAnswersAreListedPerField() throws Exception {
        CitizenAccount maria = Applicants.verified(citizens, jdbc, "Maria Tsenawatme");
        String key = UUID.randomUUID().toString();
        String first = mariaAppliesForABirthCertificate(maria, key);
        String again = mariaAppliesForABirthCertificate(maria, key);
        assertThat(again).isEqualTo(first);

        HttpResponse<String> bad = send(HttpRequest.newBuilder(uri("/api/v1/applicant/applications")), maria, new Multipart()
                .field("serviceCode", "AKTA_KELAHIRAN").field("NAMA_ANAK", "Yohana").field("TANGGAL_LAHIR", "2031-02-30")
                .field("JENIS_KELAMIN", "Perempuan").field("NIK_IBU", "1234567890123456").field("NOMOR_KK", "9404010101230001")
                .field("KAMPUNG", "94.04.01.1008")
                .file("SURAT_LAHIR", "surat.txt", "application/pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(json.readTree(bad.body()).get("errors")).extracting(e -> e.get("field").asText())
                .contains("SURAT_LAHIR");
        HttpResponse<String> badAnswers = send(HttpRequest.newBuilder(uri("/api/v1/applicant/applications")), maria, new Multipart()
                .field("serviceCode", "AKTA_KELAHIRAN").field("NAMA_ANAK", "Yohana").field("TANGGAL_LAHIR", "2031-02-30")
                .field("JENIS_KELAMIN", "Perempuan").field("NIK_IBU", "1234567890123456").field("NOMOR_KK", "9404010101230001")
                .field("KAMPUNG", "94.04.01.1008")
                .file("SURAT_LAHIR", "surat.pdf", "application/pdf", TestDocuments.pdf()));
        assertThat(json.readTree(badAnswers.body()).get("errors")).extracting(e -> e.get("field").asText())
                .contains("TANGGAL_LAHIR", "NIK_IBU", "KK");
    }

    String mariaAppliesForABirthCertificate(CitizenAccount maria, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/applicant/applications"));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> answer = send(request, maria, new Multipart()
                .field("serviceCode", "AKTA_KELAHIRAN").field("NAMA_ANAK", "Yohana Magal").field("TANGGAL_LAHIR", "2031-02-20")
                .field("JENIS_KELAMIN", "Perempuan").field("NIK_IBU", "9404015205900001").field("NOMOR_KK", "9404010101230001")
                .field("KAMPUNG", "94.04.01.1008")
                .file("SURAT_LAHIR", "surat-lahir.pdf", "application/pdf", TestDocuments.pdf())
                .file("KK", "kk.png", "image/png", TestDocuments.png(Color.GRAY)));
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
        return json.readTree(answer.body()).get("reference").asText();
    }

    JsonNode mariaReads(CitizenAccount maria, String reference) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/applicant/applications/" + reference))
                .header("Authorization", basic(maria)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    HttpResponse<String> staff(String token, String reference, String step, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/staff/applications/" + reference + "/" + step))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request, CitizenAccount who, Multipart body) throws Exception {
        return http.send(request.header("Authorization", basic(who)).header("Content-Type", body.contentType())
                .POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString());
    }

    int redOf(String agency) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/stats/agencies")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode row : json.readTree(answer.body())) {
            if (row.get("agencyCode").asText().equals(agency)) {
                return row.get("red").asInt();
            }
        }
        return 0;
    }

    java.util.List<String> subjectsSentTo(String recipient) {
        return jdbc.sql("select subject from notification_outbox where recipient = :to").param("to", recipient).query(String.class).list();
    }

    java.util.List<String> bodiesSentTo(String recipient) {
        return jdbc.sql("select body from notification_outbox where recipient = :to").param("to", recipient).query(String.class).list();
    }

    static String basic(CitizenAccount who) {
        return "Basic " + Base64.getEncoder().encodeToString((who.email() + ":" + Applicants.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
