package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The wall's live feed against a real server: a browser-like client reads {@code /mcc/siaran} line by line while
 * reports are submitted through the public API, or written straight into the database as another node would. The
 * feed's once-a-second poll does not run in tests (scheduling is off), so an event reaches a screen only through
 * what the test asserts: the nudge after a commit on this node, or the poll the test calls. How fast that is in
 * seconds is the benchmark's business, not a test's; the tests wait generously.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WallFeedIntegrationTests {

    /** How long a test waits for an event it expects before it fails; not a speed promise. */
    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern TICKET = Pattern.compile("\"ticket\"\\s*:\\s*\"([A-Z0-9-]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    WallFeed feed;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Stream> streams = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        streams.forEach(Stream::close);
    }

    @Test
    void aNewlySubmittedReportReachesAnOpenWallByItselfOnceCommitted() throws Exception {
        Stream wall = open(null);

        String ticket = submit("Jalan berlubang besar di depan pasar sentral Timika");
        // no feed.poll() here: only the after-commit nudge of this node's change can bring the event

        Event event = wall.next(e -> "report".equals(e.name()) && e.data().contains(ticket), PATIENCE);
        assertThat(event).as("event for %s without a poll", ticket).isNotNull();
        assertThat(event.data()).contains("\"action\":\"SUBMITTED\"", "\"status\":\"SUBMITTED\"", "\"light\":\"YELLOW\"",
                "\"category\":\"JALAN\"", "\"district\":\"94.04.01\"", "\"submittedAt\":", "\"suggested\":\"PUPR\"");
        assertThat(Long.parseLong(event.id())).isEqualTo(eventIdOf(ticket, "SUBMITTED"));
    }

    @Test
    void aStepWrittenByAnotherNodeReachesThisNodesWallOnTheNextPoll() throws Exception {
        String ticket = submit("Lampu jalan mati di sepanjang Jalan Budi Utomo");
        Stream wall = open(null);
        feed.poll();

        long eventId = routedByAnotherNode(ticket);

        feed.poll();

        Event event = wall.next(e -> Long.toString(eventId).equals(e.id()), PATIENCE);
        assertThat(event).as("event %s written by another node", eventId).isNotNull();
        assertThat(event.name()).isEqualTo("report");
        assertThat(event.data()).contains(ticket, "\"action\":\"ROUTED\"", "\"status\":\"ROUTED\"", "\"agency\":\"DISHUB\"");
    }

    @Test
    void aWallThatConnectsStartsWithWhatHappensNextNotWithABacklogTheFeedHasNotReadYet() throws Exception {
        Stream earlier = open(null);
        String ticket = submit("Jembatan gantung di kampung Mware hampir putus");
        feed.poll();
        String backlog = Long.toString(routedByAnotherNode(ticket));
        Stream later = open(null);

        feed.poll();
        String next = submit("Pohon tumbang menutup jalan ke bandara Mozes Kilangin");

        assertThat(earlier.next(e -> backlog.equals(e.id()), PATIENCE)).as("the screen open before it").isNotNull();
        assertThat(later.next(e -> e.data().contains(next), PATIENCE)).as("the next report").isNotNull();
        assertThat(later.seen(e -> backlog.equals(e.id()))).as("the step from before the later screen").isFalse();
    }

    @Test
    void aReconnectingWallGetsTheEventsItMissedReplayedFromLastEventId() throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from report_event").query(Long.class).single();
        String missed = submit("Sampah menumpuk di TPS dekat Pasar Lama sejak seminggu");
        feed.poll();

        Stream wall = open(Long.toString(before));

        Event event = wall.next(e -> e.data().contains(missed), PATIENCE);
        assertThat(event).as("replay of %s after event %s", missed, before).isNotNull();
        assertThat(Long.parseLong(event.id())).isGreaterThan(before).isEqualTo(eventIdOf(missed, "SUBMITTED"));
    }

    @Test
    void theStreamIsOnlyForTheCommandCentreLeadersAndAdministrators() throws Exception {
        HttpResponse<Void> agency = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcc/siaran"))
                .header("Authorization", "Bearer demo-pupr.staf").header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(agency.statusCode()).isEqualTo(403);
    }

    private long eventIdOf(String ticket, String action) {
        return jdbc.sql("select e.id from report_event e join report r on r.id = e.report_id where r.ticket = :t and e.action = :a")
                .param("t", ticket).param("a", action).query(Long.class).single();
    }

    private String submit(String description) throws IOException, InterruptedException {
        String json = """
                {"kind":"COMPLAINT","categoryCode":"%s","description":"%s","districtCode":"94.04.01",
                 "villageCode":"94.04.01.1002","anonymous":false,"confidential":false}"""
                .formatted(description.startsWith("Lampu") ? "PJU" : description.startsWith("Sampah") ? "SAMPAH" : "JALAN",
                        description);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher ticket = TICKET.matcher(response.body());
        assertThat(ticket.find()).isTrue();
        return ticket.group(1);
    }

    /** Routes the report to DISHUB the way another node would, without this node's feed hearing of it; the event id. */
    private long routedByAnotherNode(String ticket) {
        long reportId = jdbc.sql("select id from report where ticket = :t").param("t", ticket).query(Long.class).single();
        jdbc.sql("update work_case set stage = 'ROUTED', waiting_on = 'AGENCY', agency_code = 'DISHUB' "
                + "where id = (select case_id from report where id = :id)").param("id", reportId).update();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into report_event (report_id, at, actor, action, status, agency_code, late)
                        values (:report, :at, 'mcc', 'ROUTED', 'ROUTED', 'DISHUB', false)""")
                .param("report", reportId)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Opens the stream as demo-mcc and waits until the server has registered it (its first comment). */
    private Stream open(String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcc/siaran"))
                .header("Authorization", "Bearer demo-mcc")
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        Stream stream = new Stream(response.body());
        streams.add(stream);
        assertThat(stream.comment("connected", Duration.ofSeconds(5))).isTrue();
        return stream;
    }

    record Event(String id, String name, String data) {
    }

    /** Reads server-sent events on a thread of its own into a queue, so a test can wait for one with a timeout. */
    static final class Stream {

        private final InputStream body;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final List<Event> all = new CopyOnWriteArrayList<>();
        private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();

        Stream(InputStream body) {
            this.body = body;
            Thread reader = new Thread(this::read, "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            Event event = new Event(id, name, data.toString());
                            all.add(event);
                            events.add(event);
                        }
                        id = null;
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        comments.add(line.substring(1));
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            } catch (IOException closed) {
                // the test closed the stream
            }
        }

        boolean comment(String text, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            for (String c = comments.poll(timeout.toMillis(), TimeUnit.MILLISECONDS); c != null;
                    c = comments.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                if (c.contains(text)) {
                    return true;
                }
            }
            return false;
        }

        /** The first event that satisfies the test within the timeout, or {@code null}. */
        Event next(java.util.function.Predicate<Event> test, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                Event e = events.poll(left, TimeUnit.NANOSECONDS);
                if (e != null && test.test(e)) {
                    return e;
                }
            }
        }

        /** Whether any event received so far satisfies the test, whether or not {@link #next} has taken it. */
        boolean seen(java.util.function.Predicate<Event> test) {
            return all.stream().anyMatch(test);
        }

        void close() {
            try {
                body.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
