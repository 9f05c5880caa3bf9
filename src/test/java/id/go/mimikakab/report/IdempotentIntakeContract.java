package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/** Retries of one submission never make two reports, whatever the database; run on H2 and PostgreSQL. */
abstract class IdempotentIntakeContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> submit(String key, String description) throws Exception {
        String body = """
                {"kind":"COMPLAINT","categoryCode":"SAMPAH","description":"%s","districtCode":"94.04.09",
                 "villageCode":"94.04.09.1002"}""".formatted(description);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twentyParallelIdenticalSubmissionsWithOneKeyMakeOneReport() throws Exception {
        String key = UUID.randomUUID().toString();
        String description = "Sampah menumpuk di TPS dekat pasar " + key;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return submit(key, description);
            }));
        }
        start.countDown();
        List<String> tickets = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
            tickets.add(json.readTree(response.body()).get("ticket").asText());
        }
        pool.shutdown();
        assertThat(tickets).containsOnly(tickets.get(0));
        assertThat(jdbc.sql("select count(*) from report where description = :d").param("d", description)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRetryAfterTheAnswerWasLostGetsTheSameTicket() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = json.readTree(submit(key, "Sampah belum diangkut seminggu " + key).body()).get("ticket").asText();
        String again = json.readTree(submit(key, "Sampah belum diangkut seminggu " + key).body()).get("ticket").asText();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void theSameKeyWithOtherContentIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(submit(key, "Sampah belum diangkut seminggu " + key).statusCode()).isEqualTo(201);
        assertThat(submit(key, "Laporan lain sama sekali " + key).statusCode()).isEqualTo(422);
    }
}
