package id.go.mimikakab.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.go.mimikakab.calendar.Holiday;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.HolidayKind;
import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen books tomorrow's general clinic at a Puskesmas through the JSON API, retries, moves and cancels; the unit
 * checks them in and calls them; a session never takes more than its quota, even under 50 parallel requests; a
 * holiday closes the unit unless it overrides the day. Run on H2 and PostgreSQL.
 */
abstract class HealthBookingStoryContract {

    static final String UNIT = "PKM-TIMIKA";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    HealthUnits units;

    @Autowired
    UnitQueue queue;

    @Autowired
    HolidayCalendar calendar;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Random random = new Random();
    private LocalDate today;
    private long generalClinic;

    /** A Monday far ahead, different each run, so that the shared PostgreSQL database has no bookings for it yet. */
    @BeforeEach
    void startOnAFreshMonday() {
        LocalDate monday = LocalDate.of(2060, 1, 5).plusWeeks(random.nextInt(5000));
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        today = monday;
        clock.set(monday.atTime(9, 0).atOffset(ZoneOffset.ofHours(9)).toInstant());
        Polyclinic umum = units.polyclinics(UNIT).stream().filter(p -> p.code().equals("UMUM")).findFirst().orElseThrow();
        generalClinic = units.plans(umum.id()).get(0).id();
    }

    private HttpResponse<String> post(String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static String nik(int serial) {
        return "940401150390" + String.format("%04d", serial);
    }

    private String booking(long plan, LocalDate day, String nik, String phone) {
        return """
                {"planId":%d,"day":"%s","name":"Maria Beanal","phone":"%s","email":"maria@example.org","nik":"%s",
                 "jknNumber":"0001234567890"}""".formatted(plan, day, phone, nik);
    }

    private int freeSeats(LocalDate day) throws Exception {
        for (JsonNode session : get("/api/v1/health/units/" + UNIT + "/sessions")) {
            if (session.get("planId").asLong() == generalClinic) {
                for (JsonNode d : session.get("days")) {
                    if (d.get("day").asText().equals(day.toString())) {
                        return d.get("free").asInt();
                    }
                }
                return -1;
            }
        }
        throw new AssertionError("no general clinic session");
    }

    @Test
    void aCitizenBooksRetriesMovesAndCancelsAndTheUnitCallsThem() throws Exception {
        LocalDate tomorrow = today.plusDays(1);
        int quota = units.plan(generalClinic).orElseThrow().quota();
        assertThat(freeSeats(tomorrow)).isEqualTo(quota);

        String key = UUID.randomUUID().toString();
        HttpResponse<String> booked = post("/api/v1/health/bookings", booking(generalClinic, tomorrow, nik(1), "0812 3456 7890"), key);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode receipt = json.readTree(booked.body());
        String code = receipt.get("code").asText();
        assertThat(receipt.get("queueNumber").asInt()).isEqualTo(1);
        assertThat(receipt.get("ahead").asInt()).isZero();
        assertThat(freeSeats(tomorrow)).isEqualTo(quota - 1);

        // the answer was lost and the app sends again: the same booking, no second seat
        HttpResponse<String> retried = post("/api/v1/health/bookings", booking(generalClinic, tomorrow, nik(1), "0812 3456 7890"), key);
        assertThat(json.readTree(retried.body()).get("code").asText()).isEqualTo(code);
        assertThat(freeSeats(tomorrow)).isEqualTo(quota - 1);
        assertThat(post("/api/v1/health/bookings", booking(generalClinic, tomorrow, nik(2), "0812 3456 7890"), key).statusCode())
                .isEqualTo(422);

        // one person, one seat per session
        HttpResponse<String> twice = post("/api/v1/health/bookings", booking(generalClinic, tomorrow, nik(1), "081299990000"), null);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json.readTree(twice.body()).get("reason").asText()).isEqualTo("ALREADY_BOOKED");

        // a NIK whose birth date cannot exist is refused next to its field
        HttpResponse<String> badNik = post("/api/v1/health/bookings", booking(generalClinic, tomorrow, "9404013213900001", "081299990000"), null);
        assertThat(badNik.statusCode()).isEqualTo(400);
        assertThat(badNik.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(json.readTree(badNik.body()).get("errors").get(0).get("code").asText()).isEqualTo("health.field.nik.BIRTH_DATE");

        // moving needs the phone number given at booking
        LocalDate wednesday = today.plusDays(2);
        assertThat(post("/api/v1/health/bookings/" + code + "/move", "{\"phone\":\"081200000000\",\"day\":\"" + wednesday + "\"}", null)
                .statusCode()).isEqualTo(404);
        HttpResponse<String> moved = post("/api/v1/health/bookings/" + code + "/move",
                "{\"phone\":\"+6281234567890\",\"day\":\"" + wednesday + "\"}", null);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json.readTree(moved.body()).get("day").asText()).isEqualTo(wednesday.toString());
        assertThat(freeSeats(tomorrow)).isEqualTo(quota);
        assertThat(freeSeats(wednesday)).isEqualTo(quota - 1);

        // a second patient books Wednesday too, then cancels: the seat is free again
        JsonNode second = json.readTree(post("/api/v1/health/bookings", booking(generalClinic, wednesday, nik(3), "081311112222"), null).body());
        assertThat(second.get("queueNumber").asInt()).isEqualTo(2);
        assertThat(second.get("ahead").asInt()).isEqualTo(1);
        HttpResponse<String> cancelled = post("/api/v1/health/bookings/" + second.get("code").asText() + "/cancellation",
                "{\"phone\":\"081311112222\"}", null);
        assertThat(json.readTree(cancelled.body()).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(freeSeats(wednesday)).isEqualTo(quota - 1);

        // Wednesday morning at the counter: checked in, called, seen
        clock.set(wednesday.atTime(7, 45).atOffset(ZoneOffset.ofHours(9)).toInstant());
        asCounterStaff();
        queue.checkIn(UNIT, code.toLowerCase().replace("-", ""));
        assertThat(get("/api/v1/health/bookings/" + code).get("status").asText()).isEqualTo("CHECKED_IN");
        clock.advance(java.time.Duration.ofMinutes(25));
        assertThat(queue.callNext(UNIT, units.polyclinic(units.plan(generalClinic).orElseThrow().polyclinicId()).orElseThrow().id()))
                .hasValueSatisfying(b -> assertThat(b.code()).isEqualTo(code));
        queue.finish(UNIT, code);
        assertThat(get("/api/v1/health/bookings/" + code).get("status").asText()).isEqualTo("DONE");
        // a used booking is no longer the patient's to cancel
        assertThat(post("/api/v1/health/bookings/" + code + "/cancellation", "{\"phone\":\"081234567890\"}", null).statusCode())
                .isEqualTo(409);
        SecurityContextHolder.clearContext();
    }

    @Test
    void fiftyParallelBookingsForOneSessionTakeExactlyItsQuota() throws Exception {
        LocalDate tomorrow = today.plusDays(1);
        int quota = units.plan(generalClinic).orElseThrow().quota();
        int attempts = 50;
        assertThat(quota).isLessThan(attempts);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String body = booking(generalClinic, tomorrow, nik(100 + i), "0812" + String.format("%08d", i));
            answers.add(pool.submit(() -> {
                start.await();
                return post("/api/v1/health/bookings", body, UUID.randomUUID().toString());
            }));
        }
        start.countDown();
        List<Integer> queueNumbers = new ArrayList<>();
        int full = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() == 201) {
                queueNumbers.add(json.readTree(response.body()).get("queueNumber").asInt());
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
                assertThat(json.readTree(response.body()).get("reason").asText()).isEqualTo("FULL");
                full++;
            }
        }
        pool.shutdown();
        assertThat(queueNumbers).hasSize(quota).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= quota);
        assertThat(full).isEqualTo(attempts - quota);
        assertThat(freeSeats(tomorrow)).isZero();
    }

    @Test
    void aHolidayClosesTheUnitUnlessTheUnitOpensThatDay() throws Exception {
        LocalDate holiday = today.plusDays(3);
        asCounterStaff();
        Holiday added = calendar.add(holiday, HolidayKind.REGIONAL, "Hari uji " + UUID.randomUUID());
        try {
            assertThat(freeSeats(holiday)).as("a closed day is not offered").isEqualTo(-1);
            HttpResponse<String> refused = post("/api/v1/health/bookings", booking(generalClinic, holiday, nik(7), "081277778888"), null);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json.readTree(refused.body()).get("reason").asText()).isEqualTo("CLOSED");

            units.override(UNIT, new DayOverride(holiday, true, "Pelayanan tetap buka"));
            assertThat(freeSeats(holiday)).isPositive();
            assertThat(post("/api/v1/health/bookings", booking(generalClinic, holiday, nik(7), "081277778888"), null).statusCode())
                    .isEqualTo(201);
            // Sunday: closed by the unit's week
            assertThat(freeSeats(today.plusDays(6))).isEqualTo(-1);
        } finally {
            calendar.remove(added.id());
            units.removeOverride(UNIT, holiday);
            SecurityContextHolder.clearContext();
        }
    }

    private static void asCounterStaff() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("dinkes.staf", null,
                AuthorityUtils.createAuthorityList("ROLE_AGENCY_STAFF")));
    }
}
