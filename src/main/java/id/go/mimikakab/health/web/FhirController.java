package id.go.mimikakab.health.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.health.Booking;
import id.go.mimikakab.health.BookingChannel;
import id.go.mimikakab.health.BookingRefusedException;
import id.go.mimikakab.health.BookingRequest;
import id.go.mimikakab.health.Bookings;
import id.go.mimikakab.health.HealthAccess;
import id.go.mimikakab.health.HealthUnit;
import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.InvalidBookingException;
import id.go.mimikakab.health.Polyclinic;
import id.go.mimikakab.health.SessionDay;
import id.go.mimikakab.health.SessionPlan;
import id.go.mimikakab.region.RegionCatalog;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FHIR R4 JSON interface ({@code /fhir/r4}) for the national health platform and other systems: Organization and
 * Location for the units, Schedule and Slot (free/busy) for the sessions, Appointment for the bookings (search by date
 * and location, read, create). HAPI FHIR's own context and parser write and read the resources (decision 96); errors
 * are OperationOutcomes, as FHIR prescribes. Appointments carry personal data and need a bearer token.
 */
@RestController
@RequestMapping("/fhir/r4")
class FhirController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final HealthUnits units;
    private final Bookings bookings;
    private final HealthAccess access;
    private final RegionCatalog regions;
    private final FhirContext fhir = FhirContext.forR4Cached();

    FhirController(HealthUnits units, Bookings bookings, HealthAccess access, RegionCatalog regions) {
        this.units = units;
        this.bookings = bookings;
        this.access = access;
        this.regions = regions;
    }

    private IParser parser() {
        return fhir.newJsonParser().setPrettyPrint(false).setStripVersionsFromReferences(false);
    }

    private ResponseEntity<String> ok(Resource resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(parser().encodeResourceToString(resource));
    }

    private ResponseEntity<String> searchSet(String type, List<? extends Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(resources.size());
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(type + "/" + resource.getIdElement().getIdPart()).setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return ok(bundle);
    }

    static ResponseEntity<String> outcome(FhirContext fhir, HttpStatus status, OperationOutcome.IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(fhir.newJsonParser().encodeResourceToString(outcome));
    }

    private ResponseEntity<String> outcome(HttpStatus status, OperationOutcome.IssueType type, String diagnostics) {
        return outcome(fhir, status, type, diagnostics);
    }

    @GetMapping(value = "/Organization", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> organizations() {
        return searchSet("Organization", units.all().stream().map(u -> FhirResources.organization(u, regions)).toList());
    }

    @GetMapping(value = "/Organization/{id}", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> organization(@PathVariable String id) {
        return units.find(id).map(u -> ok(FhirResources.organization(u, regions)))
                .orElseGet(() -> outcome(HttpStatus.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, "No Organization " + id));
    }

    @GetMapping(value = "/Location", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> locations() {
        return searchSet("Location", units.all().stream().map(u -> FhirResources.location(u, units.week(u.code()), regions)).toList());
    }

    @GetMapping(value = "/Location/{id}", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> location(@PathVariable String id) {
        return units.find(id).map(u -> ok(FhirResources.location(u, units.week(u.code()), regions)))
                .orElseGet(() -> outcome(HttpStatus.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, "No Location " + id));
    }

    /** Schedules of one unit ({@code actor=Location/<code>}) or of every active unit. */
    @GetMapping(value = "/Schedule", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> schedules(@RequestParam(required = false) String actor) {
        List<HealthUnit> chosen = actor == null ? units.active()
                : units.find(stripType(actor, "Location")).map(List::of).orElse(List.of());
        List<Resource> schedules = new ArrayList<>();
        for (HealthUnit unit : chosen) {
            for (Map.Entry<Polyclinic, List<SessionPlan>> entry : units.plansOf(unit.code()).entrySet()) {
                for (SessionPlan plan : entry.getValue()) {
                    schedules.add(FhirResources.schedule(unit, entry.getKey(), plan, bookings.firstBookableDay(), bookings.lastBookableDay()));
                }
            }
        }
        return searchSet("Schedule", schedules);
    }

    @GetMapping(value = "/Schedule/{id}", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> schedule(@PathVariable String id) {
        Optional<Session> session = session(id);
        return session.map(s -> ok(FhirResources.schedule(s.unit(), s.polyclinic(), s.plan(), bookings.firstBookableDay(),
                        bookings.lastBookableDay())))
                .orElseGet(() -> outcome(HttpStatus.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, "No Schedule " + id));
    }

    /**
     * The slots of a schedule over the booking window, one per open day; {@code start=YYYY-MM-DD} (or with a
     * {@code ge}/{@code le}/{@code eq} prefix) narrows the days and {@code status=free} or {@code busy} the status.
     */
    @GetMapping(value = "/Slot", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> slots(@RequestParam(required = false) String schedule,
            @RequestParam(required = false) List<String> start, @RequestParam(required = false) String status) {
        if (schedule == null) {
            return outcome(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.REQUIRED, "Search Slot by schedule=Schedule/<id>.");
        }
        Optional<Session> session = session(stripType(schedule, "Schedule"));
        if (session.isEmpty()) {
            return searchSet("Slot", List.of());
        }
        LocalDate from = bookings.firstBookableDay();
        LocalDate to = bookings.lastBookableDay();
        try {
            for (String bound : start == null ? List.<String>of() : start) {
                String prefix = bound.length() > 2 && Character.isLetter(bound.charAt(0)) ? bound.substring(0, 2) : "eq";
                LocalDate day = LocalDate.parse(prefix.equals("eq") && !Character.isLetter(bound.charAt(0)) ? bound : bound.substring(2));
                switch (prefix) {
                    case "ge", "gt" -> from = later(from, prefix.equals("gt") ? day.plusDays(1) : day);
                    case "le", "lt" -> to = earlier(to, prefix.equals("lt") ? day.minusDays(1) : day);
                    default -> {
                        from = later(from, day);
                        to = earlier(to, day);
                    }
                }
            }
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return outcome(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.INVALID, "start is a date YYYY-MM-DD with an optional prefix ge, gt, le, lt, eq.");
        }
        List<Resource> slots = new ArrayList<>();
        if (!from.isAfter(to)) {
            for (SessionDay day : units.sessionDays(session.get().plan(), session.get().unit().code(), from, to)) {
                if (day.open() && (status == null || status.equals(day.bookable() ? "free" : "busy"))) {
                    slots.add(FhirResources.slot(session.get().polyclinic(), day));
                }
            }
        }
        return searchSet("Slot", slots);
    }

    /** Appointments of a day ({@code date=YYYY-MM-DD}, required) at a unit ({@code location=Location/<code>}). */
    @GetMapping(value = "/Appointment", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> appointments(@RequestParam(required = false) String date, @RequestParam(required = false) String location) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.startsWith("eq") ? date.substring(2) : date);
        } catch (DateTimeParseException e) {
            return outcome(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.REQUIRED, "Search Appointment by date=YYYY-MM-DD (and location=Location/<code>).");
        }
        StaffMember me = SignedIn.required();
        List<HealthUnit> chosen = location == null ? units.all()
                : units.find(stripType(location, "Location")).map(List::of).orElse(List.of());
        List<Resource> appointments = new ArrayList<>();
        for (HealthUnit unit : chosen) {
            if (!access.runs(me, unit.code())) {
                if (location != null) {
                    return outcome(HttpStatus.FORBIDDEN, OperationOutcome.IssueType.FORBIDDEN, "Your key does not give access to " + unit.code());
                }
                continue;
            }
            for (Booking booking : bookings.onDay(unit.code(), day)) {
                appointments.add(appointment(booking));
            }
        }
        return searchSet("Appointment", appointments);
    }

    @GetMapping(value = "/Appointment/{id}", produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> appointment(@PathVariable String id) {
        Optional<Booking> booking = bookings.find(id).filter(b -> access.runs(SignedIn.required(), b.unitCode()));
        return booking.map(b -> ok(appointment(b)))
                .orElseGet(() -> outcome(HttpStatus.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, "No Appointment " + id));
    }

    /**
     * Books through FHIR: an Appointment with {@code slot} = {@code Slot/<plan>-<yyyyMMdd>} and a contained Patient
     * (name, NIK identifier, mobile telecom; optionally e-mail and BPJS number). A retry with the same
     * {@code Idempotency-Key} answers the same Appointment.
     */
    @PostMapping(value = "/Appointment", consumes = {"application/fhir+json", "application/json"},
            produces = {"application/fhir+json", "application/json"})
    ResponseEntity<String> create(@RequestBody String body, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Appointment appointment;
        try {
            appointment = parser().parseResource(Appointment.class, body);
        } catch (DataFormatException e) {
            return outcome(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.STRUCTURE, "Not an R4 Appointment: " + e.getMessage());
        }
        Object[] slot = appointment.getSlot().isEmpty() ? null : FhirResources.parseSlot(appointment.getSlotFirstRep().getReference());
        if (slot == null) {
            return outcome(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.REQUIRED, "slot must reference one Slot/<plan>-<yyyyMMdd>.");
        }
        Optional<Session> session = session(slot[0].toString());
        if (session.isPresent() && !access.runs(SignedIn.required(), session.get().unit().code())) {
            return outcome(HttpStatus.FORBIDDEN, OperationOutcome.IssueType.FORBIDDEN, "Your key does not give access to this unit.");
        }
        Patient patient = appointment.getContained().stream().filter(Patient.class::isInstance).map(Patient.class::cast)
                .findFirst().orElse(new Patient());
        String nik = identifier(patient, FhirResources.NIK_SYSTEM);
        String jkn = identifier(patient, FhirResources.JKN_SYSTEM);
        String name = patient.getName().isEmpty() ? null : patient.getNameFirstRep().getText() != null
                ? patient.getNameFirstRep().getText() : patient.getNameFirstRep().getNameAsSingleString();
        String phone = telecom(patient, ContactPoint.ContactPointSystem.PHONE);
        String email = telecom(patient, ContactPoint.ContactPointSystem.EMAIL);
        try {
            Booking booking = bookings.book(new BookingRequest((Long) slot[0], slot[1].toString(), name, phone, email, nik, jkn),
                    BookingChannel.FHIR, key);
            return ResponseEntity.created(URI.create("/fhir/r4/Appointment/" + booking.code())).contentType(FHIR_JSON)
                    .body(parser().encodeResourceToString(appointment(booking)));
        } catch (InvalidBookingException invalid) {
            OperationOutcome outcome = new OperationOutcome();
            invalid.problems().forEach(p -> outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(p.field() + ": " + p.message()));
            return ResponseEntity.badRequest().contentType(FHIR_JSON).body(parser().encodeResourceToString(outcome));
        } catch (BookingRefusedException refused) {
            return outcome(HttpStatus.CONFLICT, OperationOutcome.IssueType.CONFLICT, refused.reason().name() + ": " + refused.getMessage());
        }
    }

    private Appointment appointment(Booking booking) {
        Polyclinic polyclinic = units.polyclinic(booking.polyclinicId()).orElseThrow();
        return FhirResources.appointment(booking, polyclinic, bookings.today());
    }

    private static String identifier(Patient patient, String system) {
        return patient.getIdentifier().stream().filter(i -> system.equals(i.getSystem())).map(Identifier::getValue).findFirst().orElse(null);
    }

    private static String telecom(Patient patient, ContactPoint.ContactPointSystem system) {
        return patient.getTelecom().stream().filter(t -> t.getSystem() == system).map(ContactPoint::getValue).findFirst().orElse(null);
    }

    private static String stripType(String reference, String type) {
        return reference.startsWith(type + "/") ? reference.substring(type.length() + 1) : reference;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A session plan with its polyclinic and unit. */
    record Session(HealthUnit unit, Polyclinic polyclinic, SessionPlan plan) {
    }

    private Optional<Session> session(String planId) {
        try {
            return units.plan(Long.parseLong(planId)).flatMap(plan -> units.polyclinic(plan.polyclinicId())
                    .flatMap(p -> units.find(p.unitCode()).map(u -> new Session(u, p, plan))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
