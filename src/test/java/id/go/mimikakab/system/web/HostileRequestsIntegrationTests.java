package id.go.mimikakab.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests an attacker sends to the running server (issue #13): forged client addresses from a machine next to it,
 * paths and headers Tomcat refuses before the application sees them, and bodies cut off in the middle. Each
 * answers a clear 4xx, as problem details on the JSON API, never a server error or Tomcat's HTML.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hostile-requests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "mimika.report.submissions-per-hour=3"})
class HostileRequestsIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aForgedForwardedForFromTheSameMachineDoesNotBypassTheLimitPerAddress() throws Exception {
        // the connection comes from 127.0.0.1, which Tomcat trusted as a proxy by default; no proxy is trusted now
        int[] statuses = new int[4];
        for (int i = 0; i < 4; i++) {
            statuses[i] = http.send(HttpRequest.newBuilder(uri("/api/v1/reports"))
                            .header("Content-Type", "application/json")
                            .header("X-Forwarded-For", "203.0.113." + (i + 1))
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"kind":"COMPLAINT","categoryCode":"JALAN","description":"Jalan berlubang di depan pasar ke-%d",
                                     "villageCode":"94.04.01.1008"}""".formatted(i))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        assertThat(statuses).containsExactly(201, 201, 201, 429);
    }

    @Test
    void aNulOrAnEncodedDotDotInAnApiPathIsAProblemNotTomcatsPage() throws Exception {
        for (String path : new String[] {"/api/v1/reports/%00", "/api/v1/reports/..%2f..%2fetc%2fpasswd"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                    .contains("\"status\":400").doesNotContain("<html", "Apache Tomcat");
        }
    }

    @Test
    void aTenThousandCharacterHeaderIsAProblemNotTomcatsPage() throws Exception {
        String answer = raw("GET /api/v1/agencies HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(10_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
    }

    @Test
    void outsideTheApiTomcatsRefusalShowsNoVersionAndNoStackTrace() throws Exception {
        String answer = raw("GET /laporan/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Apache Tomcat/", "Exception", "at org.");
    }

    @Test
    void aMultipartBodyCutOffInTheMiddleIsABadRequest() throws Exception {
        String body = "--XYZ\r\nContent-Disposition: form-data; name=\"report\"\r\n\r\n{\"kind\":\"COMPLAINT\"";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/reports"))
                .header("Content-Type", "multipart/form-data; boundary=XYZ")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("could not be read");
    }

    /** Sends bytes exactly as written, which an HTTP client library would refuse or repair, and reads the answer. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
