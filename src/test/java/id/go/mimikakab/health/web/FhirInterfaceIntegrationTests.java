package id.go.mimikakab.health.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;

import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.Polyclinic;
import id.go.mimikakab.testing.MutableClock;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A FHIR client lists the units, their schedules and free slots, books an Appointment and reads it back; every
 * resource the interface answers validates against the official FHIR R4 schema (HAPI's validator with the R4
 * structure resources), and personal data needs a key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
class FhirInterfaceIntegrationTests {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    HealthUnits units;

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalDate today;

    @BeforeEach
    void aMondayMorning() {
        today = LocalDate.of(2058, 3, 4).plusWeeks(new java.util.Random().nextInt(400));
        while (today.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            today = today.plusDays(1);
        }
        clock.set(today.atTime(8, 0).atOffset(ZoneOffset.ofHours(9)).toInstant());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/fhir+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T extends IBaseResource> T valid(Class<T> type, String json) {
        T resource = FHIR.newJsonParser().parseResource(type, json);
        FhirValidator validator = FHIR.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(false);
        ValidationResult result = validator.validateWithResult(resource);
        assertThat(result.getMessages().stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + " " + m.getMessage()).toList()).as(json).isEmpty();
        return resource;
    }

    private Bundle bundle(String path, String token) throws Exception {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        return valid(Bundle.class, response.body());
    }

    @Test
    void aClientListsFreeSlotsBooksAnAppointmentAndReadsItWithItsKey() throws Exception {
        Bundle locations = bundle("/fhir/r4/Location", null);
        assertThat(locations.getEntry()).extracting(e -> ((Location) e.getResource()).getName()).contains("Puskesmas Timika");
        valid(org.hl7.fhir.r4.model.Organization.class, get("/fhir/r4/Organization/PKM-TIMIKA", null).body());

        Polyclinic umum = units.polyclinics("PKM-TIMIKA").stream().filter(p -> p.code().equals("UMUM")).findFirst().orElseThrow();
        long plan = units.plans(umum.id()).get(0).id();
        Bundle schedules = bundle("/fhir/r4/Schedule?actor=Location/PKM-TIMIKA", null);
        assertThat(schedules.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart()).contains(Long.toString(plan));

        LocalDate tomorrow = today.plusDays(1);
        Bundle slots = bundle("/fhir/r4/Slot?schedule=Schedule/" + plan + "&status=free&start=ge" + tomorrow, null);
        assertThat(slots.getEntry()).isNotEmpty();
        Slot first = (Slot) slots.getEntryFirstRep().getResource();
        assertThat(first.getStatus()).isEqualTo(Slot.SlotStatus.FREE);
        assertThat(first.getIdElement().getIdPart()).isEqualTo(plan + "-" + tomorrow.toString().replace("-", ""));
        // Sunday is not offered: the unit is closed then
        assertThat(slots.getEntry()).noneMatch(e -> ((Slot) e.getResource()).getStart().toInstant()
                .atOffset(ZoneOffset.ofHours(9)).getDayOfWeek() == java.time.DayOfWeek.SUNDAY);

        String body = """
                {"resourceType":"Appointment","status":"booked","slot":[{"reference":"Slot/%s"}],
                 "contained":[{"resourceType":"Patient","id":"p","identifier":[{"system":"https://fhir.kemkes.go.id/id/nik","value":"9404015503900042"}],
                   "name":[{"text":"Yosepha Alomang"}],"telecom":[{"system":"phone","value":"081244556677"}]}],
                 "participant":[{"actor":{"reference":"#p"},"status":"accepted"}]}""".formatted(first.getIdElement().getIdPart());
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/r4/Appointment"))
                .header("Content-Type", "application/fhir+json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertThat(http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/r4/Appointment"))
                .header("Content-Type", "application/fhir+json").header("Authorization", "Bearer demo-dinkes.staf")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Appointment appointment = valid(Appointment.class, created.body());
        assertThat(appointment.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        String code = appointment.getIdElement().getIdPart();

        assertThat(get("/fhir/r4/Appointment?date=" + tomorrow + "&location=Location/PKM-TIMIKA", null).statusCode()).isEqualTo(401);
        Bundle day = bundle("/fhir/r4/Appointment?date=" + tomorrow + "&location=Location/PKM-TIMIKA", "demo-dinkes.staf");
        Appointment listed = day.getEntry().stream().map(e -> (Appointment) e.getResource())
                .filter(a -> a.getIdElement().getIdPart().equals(code)).findFirst().orElseThrow();
        Patient patient = (Patient) listed.getContained().get(0);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("9404015503900042");
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("Yosepha Alomang");

        // an agency outside health has no access to patients
        assertThat(get("/fhir/r4/Appointment?date=" + tomorrow + "&location=Location/PKM-TIMIKA", "demo-pupr.staf").statusCode())
                .isEqualTo(403);
        valid(Appointment.class, get("/fhir/r4/Appointment/" + code, "demo-dinkes.staf").body());
    }

    @Test
    void aWrongAppointmentIsAnsweredWithAnOperationOutcome() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/r4/Appointment"))
                .header("Content-Type", "application/fhir+json").header("Authorization", "Bearer demo-dinkes.staf")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Appointment\",\"status\":\"booked\",\"participant\":[]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        org.hl7.fhir.r4.model.OperationOutcome outcome = valid(org.hl7.fhir.r4.model.OperationOutcome.class, refused.body());
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("slot");
        assertThat(List.of(outcome.getIssueFirstRep().getSeverity().toCode())).containsExactly("error");
    }

    @Test
    void theSchemaCheckItselfRejectsAResourceThatBreaksTheStandard() {
        Slot withoutStatusOrTimes = new Slot();
        withoutStatusOrTimes.setId("1-20260101");
        FhirValidator validator = FHIR.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(false);
        assertThat(validator.validateWithResult(withoutStatusOrTimes).isSuccessful()).isFalse();
    }
}
