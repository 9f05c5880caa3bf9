package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.report.RejectionReason;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.testing.HandledEvents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks an outside probe tried on the reports (issue #13), each performed as the attacker did: guessing
 * PINs, acting as a reporter with a ticket alone, reading a confidential report through a merged duplicate, bad
 * input that used to end in a server error, and the differences between "no such ticket" and "confidential".
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportProbeIntegrationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final StaffMember MCC = new StaffMember(9001, "mcc", "Operator MCC", Role.COMMAND_CENTER, null);
    private static final StaffMember PUPR = new StaffMember(9002, "pupr.staf", "PIC PUPR", Role.AGENCY_STAFF, "PUPR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void afterFiveWrongPinsEvenTheRightOneIsRefusedAndTheCommandCentreIsTold() {
        RequestPostProcessor attacker = newAddress();
        JsonNode receipt = submit(true, "Pungutan liar di loket pelayanan KTP kecamatan", null, attacker);
        String ticket = receipt.get("ticket").asString();
        String pin = receipt.get("pin").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(track(ticket, wrong(pin, i), attacker)).hasStatus(404);
        }
        MvcTestResult refused = track(ticket, pin, attacker);
        assertThat(refused).hasStatus(429);
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(60L, 15 * 60L);
        assertThat(refused).bodyText().doesNotContain("Pungutan");
        // another address does not get past the ticket's count either
        assertThat(track(ticket, pin, newAddress())).hasStatus(429);

        assertThat(audit.historyOf("report", ticket)).extracting(e -> e.action()).containsOnlyOnce("REPORT_PIN_GUESSING");
        HandledEvents.await(jdbc);
        assertThat(jdbc.sql("select count(*) from notification_outbox where recipient = 'mcc@demo.mimikakab.go.id' "
                        + "and subject like :s").param("s", "%" + ticket + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownTicketIsRefusedAfterFiveWrongPinsExactlyLikeAnExistingOne() {
        RequestPostProcessor attacker = newAddress();
        String existing = submit(true, "Guru jarang hadir di sekolah dasar kampung", null, attacker).get("ticket").asString();
        String unknown = "ZZZZ-" + existing.substring(5).replace('Z', 'Y');
        for (int i = 0; i < 5; i++) {
            MvcTestResult a = track(existing, "00000" + i, attacker);
            MvcTestResult b = track(unknown, "00000" + i, attacker);
            assertThat(a.getResponse().getStatus()).isEqualTo(b.getResponse().getStatus()).isEqualTo(404);
            assertThat(detail(a).replace(existing, "T")).isEqualTo(detail(b).replace(unknown, "T"));
        }
        MvcTestResult a = track(existing, "111111", attacker);
        MvcTestResult b = track(unknown, "111111", attacker);
        assertThat(a).hasStatus(429);
        assertThat(b).hasStatus(429);
        assertThat(detail(a).replaceAll("[0-9]+ s", "N s")).isEqualTo(detail(b).replaceAll("[0-9]+ s", "N s"));
    }

    @Test
    void oneAddressGetsThirtyWrongPinsAnHourAcrossAllTickets() {
        RequestPostProcessor attacker = newAddress();
        for (int i = 0; i < 30; i++) {
            assertThat(track(randomTicket(), "123456", attacker)).hasStatus(404);
        }
        assertThat(track(randomTicket(), "123456", attacker)).hasStatus(429);
    }

    @Test
    void theTrackingFormCountsWrongPinsLikeTheApi() {
        RequestPostProcessor attacker = newAddress();
        JsonNode receipt = submit(true, "Pungutan liar saat mengurus akta kelahiran", null, attacker);
        String ticket = receipt.get("ticket").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.post().uri("/lacak").with(csrf()).with(attacker).param("tiket", ticket)
                    .param("pin", wrong(receipt.get("pin").asString(), i))).hasStatus(404);
        }
        assertThat(mvc.post().uri("/lacak").with(csrf()).with(attacker).param("tiket", ticket)
                .param("pin", receipt.get("pin").asString())).hasStatus(429).bodyText().contains("Mohon tunggu sebentar");
    }

    @Test
    void theRightPinClearsItsTicketsCount() {
        RequestPostProcessor reporter = newAddress();
        JsonNode receipt = submit(true, "Pegawai kantor distrik meminta uang tambahan", null, reporter);
        String ticket = receipt.get("ticket").asString();
        String pin = receipt.get("pin").asString();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(track(ticket, wrong(pin, i), reporter)).hasStatus(404);
            }
            assertThat(track(ticket, pin, reporter)).hasStatusOk();
        }
    }

    @Test
    void aStrangerWithTheTicketAloneCannotReopenConfirmOrAnswerForTheReporter() {
        RequestPostProcessor stranger = newAddress();
        JsonNode receipt = submit(false, "Lampu jalan mati di sepanjang jalan Cendrawasih", null, newAddress());
        String ticket = receipt.get("ticket").asString();
        String pin = receipt.get("pin").asString();
        assertThat(pin).as("every report gets a PIN, also without contact details").matches("[0-9]{6}");

        workflow.askForInformation(MCC, new TicketNumber(ticket), "Di nomor berapa tiang lampunya?");
        assertThat(post("/api/v1/reports/" + ticket + "/info-answers", "{\"answer\":\"Tiang 12\"}", null, stranger)).hasStatus(403);
        assertThat(post("/api/v1/reports/" + ticket + "/info-answers", "{\"answer\":\"Tiang 12\"}", wrong(pin, 1), stranger))
                .hasStatus(403);
        assertThat(post("/api/v1/reports/" + ticket + "/info-answers", "{\"answer\":\"Tiang 12 dan 13\"}", pin, newAddress()))
                .hasStatusOk();

        workflow.route(MCC, new TicketNumber(ticket), new AgencyCode("PUPR"));
        workflow.complete(PUPR, new TicketNumber(ticket), "Lampu sudah diganti.");
        assertThat(post("/api/v1/reports/" + ticket + "/reopening", "{\"reason\":\"Masih mati\"}", null, stranger)).hasStatus(403);
        assertThat(post("/api/v1/reports/" + ticket + "/confirmation", "{\"rating\":1}", null, stranger)).hasStatus(403);
        assertThat(post("/api/v1/reports/" + ticket + "/confirmation", "{\"rating\":5}", pin, newAddress())).hasStatusOk();
    }

    @Test
    void aMergedDuplicateNeverRevealsTheConfidentialReportItWasMergedInto() {
        String secret = submit(true, "Pungutan liar di pos retribusi pasar sentral", null, newAddress()).get("ticket").asString();
        String duplicate = submit(false, "Ada pungutan liar di pos retribusi pasar", "pelapor.dua@example.org", newAddress())
                .get("ticket").asString();
        workflow.reject(MCC, new TicketNumber(duplicate), RejectionReason.DUPLICATE, "Sama dengan laporan lain yang sedang ditangani.", new TicketNumber(secret));

        MvcTestResult api = mvc.get().uri("/api/v1/reports/" + duplicate).exchange();
        assertThat(api).hasStatusOk().bodyText().doesNotContain(secret);
        assertThat(body(api).has("mergedInto")).isFalse();
        assertThat(mvc.get().uri("/laporan/" + duplicate)).hasStatusOk().bodyText().doesNotContain(secret);
        HandledEvents.await(jdbc);
        assertThat(jdbc.sql("select count(*) from notification_outbox where recipient = 'pelapor.dua@example.org' "
                + "and (subject like :s or body like :s)").param("s", "%" + secret + "%").query(Long.class).single()).isZero();
    }

    @Test
    void badInputAnswersAProblemNeverAServerError() {
        String ticket = submit(false, "Saluran air tersumbat di depan SD Inpres", null, newAddress()).get("ticket").asString();
        workflow.route(MCC, new TicketNumber(ticket), new AgencyCode("PUPR"));
        String longKey = "k".repeat(101);
        MvcTestResult keyed = mvc.post().uri("/api/v1/reports").with(newAddress()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", longKey).content(reportJson(false, "Jalan rusak di depan pasar baru", null)).exchange();
        assertThat(keyed).hasStatus(400);
        assertThat(body(keyed).get("parameter").asString()).isEqualTo("Idempotency-Key");
        assertThat(mvc.get().uri("/api/v1/reports?page=2147483647")).hasStatus(400);

        String tooLong = "x".repeat(4001);
        assertThat(staff("/api/v1/reports/" + ticket + "/follow-ups", "{\"message\":\"" + tooLong + "\",\"public\":true}",
                "demo-pupr.staf")).hasStatus(400);
        assertThat(staff("/api/v1/reports/" + ticket + "/assignment", "{\"username\":\"" + "u".repeat(61) + "\"}",
                "demo-pupr.kepala")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=-999999999-01-01T00:00:00%2B09:00&workingDays=5"))
                .hasStatus(400);

        JsonNode done = submit(false, "Jembatan kayu patah di kampung Kaugapu", null, newAddress());
        String closing = done.get("ticket").asString();
        workflow.route(MCC, new TicketNumber(closing), new AgencyCode("PUPR"));
        workflow.complete(PUPR, new TicketNumber(closing), "Jembatan diperbaiki.");
        String pin = done.get("pin").asString();
        assertThat(post("/api/v1/reports/" + closing + "/confirmation", "{\"rating\":4,\"comment\":\"" + tooLong + "\"}", pin,
                newAddress())).hasStatus(400);
        assertThat(post("/api/v1/reports/" + closing + "/confirmation",
                "{\"rating\":4,\"comment\":\"" + "y".repeat(2001) + "\"}", pin, newAddress())).hasStatus(400);
        assertThat(post("/api/v1/reports/" + closing + "/reopening", "{\"reason\":\"" + tooLong + "\"}", pin, newAddress()))
                .hasStatus(400);
    }

    @Test
    void theStaffApiAssignsOnlyAnActiveColleagueOfTheAgency() {
        String ticket = submit(false, "Jalan ambles dekat jembatan Iwaka", null, newAddress()).get("ticket").asString();
        workflow.route(MCC, new TicketNumber(ticket), new AgencyCode("PUPR"));
        assertThat(staff("/api/v1/reports/" + ticket + "/assignment", "{\"username\":\"dinkes.staf\"}", "demo-pupr.kepala"))
                .hasStatus(400);
        assertThat(staff("/api/v1/reports/" + ticket + "/assignment", "{\"username\":\"tidak.pernah.ada\"}", "demo-pupr.kepala"))
                .hasStatus(400);
        assertThat(staff("/api/v1/reports/" + ticket + "/assignment", "{\"username\":\"pupr.staf\"}", "demo-pupr.kepala"))
                .hasStatusOk();
    }

    @Test
    void photoAndMeTooAnswerAlikeForAnUnknownAndAConfidentialTicket() {
        String secret = submit(true, "Pungutan liar di kantor kampung Nawaripi", null, newAddress()).get("ticket").asString();
        String unknown = randomTicket();
        MvcTestResult photoSecret = mvc.get().uri("/api/v1/reports/" + secret + "/photos/1").exchange();
        MvcTestResult photoUnknown = mvc.get().uri("/api/v1/reports/" + unknown + "/photos/1").exchange();
        assertThat(photoSecret).hasStatus(404);
        assertThat(photoUnknown).hasStatus(404);
        assertThat(detail(photoSecret).replace(secret, "T")).isEqualTo(detail(photoUnknown).replace(unknown, "T"));

        MvcTestResult voteSecret = mvc.post().uri("/api/v1/reports/" + secret + "/me-too").with(newAddress()).exchange();
        MvcTestResult voteUnknown = mvc.post().uri("/api/v1/reports/" + unknown + "/me-too").with(newAddress()).exchange();
        assertThat(voteSecret).hasStatus(404);
        assertThat(voteUnknown).hasStatus(404);
        assertThat(detail(voteSecret).replace(secret, "T")).isEqualTo(detail(voteUnknown).replace(unknown, "T"));
    }

    @Test
    void meTooOverTheApiCountsOneVotePerClientAddress() {
        String ticket = submit(false, "Sampah menumpuk di TPS jalan Budi Utomo", null, newAddress()).get("ticket").asString();
        RequestPostProcessor voter = newAddress();
        JsonNode first = body(mvc.post().uri("/api/v1/reports/" + ticket + "/me-too").with(voter).exchange());
        assertThat(first.get("meToo").asInt()).isEqualTo(1);
        assertThat(first.get("counted").asBoolean()).isTrue();
        for (int i = 0; i < 29; i++) {
            JsonNode again = body(mvc.post().uri("/api/v1/reports/" + ticket + "/me-too").with(voter).exchange());
            assertThat(again.get("meToo").asInt()).isEqualTo(1);
            assertThat(again.get("counted").asBoolean()).isFalse();
        }
        assertThat(body(mvc.post().uri("/api/v1/reports/" + ticket + "/me-too").with(newAddress()).exchange())
                .get("meToo").asInt()).isEqualTo(2);
    }

    @Test
    void aDescriptionOfInvisibleCharactersIsRefusedAndControlCharactersAreNotStored() {
        MvcTestResult invisible = mvc.post().uri("/api/v1/reports").with(newAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(reportJson(false, "\\u200b".repeat(30) + "\\u2060\\ufeff", null)).exchange();
        assertThat(invisible).hasStatus(400).bodyText().contains("report.description.tooShort");

        JsonNode receipt = body(mvc.post().uri("/api/v1/reports").with(newAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(reportJson(false, "Air\\u0000 PDAM mati\\ud800 sejak kemarin\\u0007", null)).exchange());
        String stored = jdbc.sql("select description from report where ticket = :t").param("t", receipt.get("ticket").asString())
                .query(String.class).single();
        assertThat(stored).isEqualTo("Air PDAM mati sejak kemarin");
    }

    @Test
    void leadersAndAdministratorsSeeOnlyTheOutlineOfAConfidentialReport() {
        String secret = submit(true, "Kepala kampung meminta uang untuk surat keterangan", "saksi@example.org", newAddress())
                .get("ticket").asString();
        workflow.route(MCC, new TicketNumber(secret), new AgencyCode("PUPR"));
        for (String token : new String[] {"demo-admin", "demo-bupati"}) {
            MvcTestResult outline = mvc.get().uri("/api/v1/staff/reports/" + secret).header("Authorization", "Bearer " + token).exchange();
            assertThat(outline).hasStatusOk().bodyText().contains(secret).doesNotContain("Kepala kampung", "saksi@example.org");
            assertThat(body(outline).get("contentWithheld").asBoolean()).isTrue();
        }
        assertThat(mvc.get().uri("/api/v1/staff/reports/" + secret).header("Authorization", "Bearer demo-mcc")).hasStatusOk()
                .bodyText().contains("Kepala kampung", "saksi@example.org");
        assertThat(mvc.get().uri("/api/v1/staff/reports/" + secret).header("Authorization", "Bearer demo-pupr.staf")).hasStatusOk()
                .bodyText().contains("Kepala kampung");
    }

    @Test
    void anotherAgencysReportOnTheLeadersScreenIsRefusedNotAServerError() {
        String ticket = submit(false, "Jalan rusak parah di SP 2", null, newAddress()).get("ticket").asString();
        workflow.route(MCC, new TicketNumber(ticket), new AgencyCode("PUPR"));
        assertThat(mvc.get().uri("/pimpinan/laporan/" + ticket).header("Authorization", "Bearer demo-dinkes.staf")).hasStatus(403);
        assertThat(mvc.get().uri("/pimpinan/laporan/" + ticket).header("Authorization", "Bearer demo-dinkes.kepala")).hasStatus(403);
        assertThat(mvc.get().uri("/pimpinan/laporan/" + ticket).header("Authorization", "Bearer demo-pupr.kepala")).hasStatusOk();
    }

    private JsonNode submit(boolean confidential, String description, String email, RequestPostProcessor from) {
        MvcTestResult sent = mvc.post().uri("/api/v1/reports").with(from).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).content(reportJson(confidential, description, email)).exchange();
        assertThat(sent).hasStatus(201);
        return body(sent);
    }

    private static String reportJson(boolean confidential, String description, String email) {
        return """
                {"kind":"COMPLAINT","categoryCode":"JALAN","description":"%s","villageCode":"94.04.01.1008",
                 "confidential":%s%s}""".formatted(description, confidential, email == null ? "" : ",\"reporterEmail\":\"" + email + "\"");
    }

    private MvcTestResult track(String ticket, String pin, RequestPostProcessor from) {
        return mvc.get().uri("/api/v1/reports/" + ticket).with(from).header("X-Report-Pin", pin).exchange();
    }

    private MvcTestResult post(String path, String content, String pin, RequestPostProcessor from) {
        var request = mvc.post().uri(path).with(from).contentType(MediaType.APPLICATION_JSON).content(content);
        return pin == null ? request.exchange() : request.header("X-Report-Pin", pin).exchange();
    }

    private MvcTestResult staff(String path, String content, String token) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token)
                .content(content).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private String detail(MvcTestResult result) {
        return body(result).get("detail").asString();
    }

    /** A six-digit PIN that is not {@code pin}, different for each {@code i}. */
    private static String wrong(String pin, int i) {
        String candidate = String.format("%06d", (Integer.parseInt(pin) + 1 + i) % 1_000_000);
        return candidate.equals(pin) ? String.format("%06d", (Integer.parseInt(pin) + 500_000) % 1_000_000) : candidate;
    }

    /** A ticket in the right format that no report has (the test reports' tickets are random too, so collisions are 1 in 10^11). */
    private static String randomTicket() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder ticket = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                ticket.append('-');
            }
            ticket.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return ticket.toString();
    }

    private static RequestPostProcessor newAddress() {
        int n = ADDRESSES.getAndIncrement();
        String address = "10.31." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
