package id.go.mimikakab.health.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import id.go.mimikakab.health.Booking;
import id.go.mimikakab.health.BookingStatus;
import id.go.mimikakab.health.HealthUnit;
import id.go.mimikakab.health.OpeningHours;
import id.go.mimikakab.health.Polyclinic;
import id.go.mimikakab.health.SessionDay;
import id.go.mimikakab.health.SessionPlan;
import id.go.mimikakab.region.RegionCatalog;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;

/**
 * How units, sessions and bookings read as FHIR R4 resources (docs/health.md, "FHIR mapping"): a unit is an
 * Organization and its Location (same id, the unit code), a polyclinic's session is a Schedule (id = session plan id),
 * a session on one day is a Slot ({@code <plan>-<yyyyMMdd>}, free while seats are left), a booking is an Appointment
 * (id = booking code) with the patient as a contained Patient.
 */
final class FhirResources {

    static final String UNIT_SYSTEM = "https://mimikakab.go.id/fhir/sid/health-unit";
    static final String BOOKING_SYSTEM = "https://mimikakab.go.id/fhir/sid/booking-code";
    static final String QUEUE_SYSTEM = "https://mimikakab.go.id/fhir/sid/queue-number";
    static final String POLYCLINIC_SYSTEM = "https://mimikakab.go.id/fhir/CodeSystem/polyclinic";
    /** The identifier systems SATUSEHAT uses for the NIK and the BPJS card number. */
    static final String NIK_SYSTEM = "https://fhir.kemkes.go.id/id/nik";
    static final String JKN_SYSTEM = "https://fhir.kemkes.go.id/id/bpjs";
    private static final DateTimeFormatter SLOT_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ZoneOffset WIT = ZoneOffset.ofHours(9);
    private static final TimeZone WIT_ZONE = TimeZone.getTimeZone("Asia/Jayapura");

    private FhirResources() {
    }

    static String slotId(long planId, LocalDate day) {
        return planId + "-" + SLOT_DAY.format(day);
    }

    /** The plan id and day of a slot id or reference such as {@code Slot/12-20261204}; null when it is none. */
    static Object[] parseSlot(String reference) {
        if (reference == null) {
            return null;
        }
        String id = reference.startsWith("Slot/") ? reference.substring(5) : reference;
        String[] parts = id.split("-");
        try {
            return parts.length == 2 ? new Object[] {Long.parseLong(parts[0]), LocalDate.parse(parts[1], SLOT_DAY)} : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Address address(HealthUnit unit, RegionCatalog regions) {
        Address address = new Address().setUse(Address.AddressUse.WORK).setType(Address.AddressType.PHYSICAL)
                .setCity("Kabupaten Mimika").setState("Papua Tengah").setCountry("ID");
        if (unit.address() != null) {
            address.addLine(unit.address());
        }
        regions.village(unit.villageCode()).ifPresent(v -> address.addLine(v.name()));
        regions.district(unit.districtCode()).ifPresent(d -> address.setDistrict(d.name()));
        return address;
    }

    static Organization organization(HealthUnit unit, RegionCatalog regions) {
        Organization organization = new Organization();
        organization.setId(unit.code());
        organization.addIdentifier(new Identifier().setSystem(UNIT_SYSTEM).setValue(unit.code()));
        organization.setActive(unit.active());
        organization.addType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/organization-type", "prov",
                "Healthcare Provider")).setText(unit.kind().name()));
        organization.setName(unit.name());
        organization.addAddress(address(unit, regions));
        return organization;
    }

    static Location location(HealthUnit unit, List<OpeningHours> week, RegionCatalog regions) {
        Location location = new Location();
        location.setId(unit.code());
        location.addIdentifier(new Identifier().setSystem(UNIT_SYSTEM).setValue(unit.code()));
        location.setStatus(unit.active() ? Location.LocationStatus.ACTIVE : Location.LocationStatus.INACTIVE);
        location.setName(unit.name());
        location.setMode(Location.LocationMode.INSTANCE);
        location.setPhysicalType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/location-physical-type",
                "bu", "Building")));
        location.setAddress(address(unit, regions));
        location.setManagingOrganization(new Reference("Organization/" + unit.code()));
        for (OpeningHours hours : week) {
            location.addHoursOfOperation()
                    .addDaysOfWeek(Location.DaysOfWeek.fromCode(hours.weekday().name().substring(0, 3).toLowerCase()))
                    .setOpeningTime(hours.opensAt() + ":00").setClosingTime(hours.closesAt() + ":00");
        }
        location.setAvailabilityExceptions("Tutup pada hari libur nasional dan cuti bersama kecuali diumumkan buka.");
        return location;
    }

    static CodeableConcept service(Polyclinic polyclinic) {
        return new CodeableConcept(new Coding(POLYCLINIC_SYSTEM, polyclinic.code(), polyclinic.name())).setText(polyclinic.name());
    }

    static Schedule schedule(HealthUnit unit, Polyclinic polyclinic, SessionPlan plan, LocalDate first, LocalDate last) {
        Schedule schedule = new Schedule();
        schedule.setId(Long.toString(plan.id()));
        schedule.setActive(unit.active() && polyclinic.active());
        schedule.addServiceType(service(polyclinic));
        schedule.addActor(new Reference("Location/" + unit.code()).setDisplay(unit.name()));
        schedule.setPlanningHorizon(new Period().setStart(date(first, LocalTime.MIN)).setEnd(date(last, LocalTime.of(23, 59, 59))));
        schedule.setComment(polyclinic.name() + ", " + plan.name() + " " + plan.startsAt() + "–" + plan.endsAt() + " WIT, "
                + plan.quota() + " per day");
        return schedule;
    }

    static Slot slot(Polyclinic polyclinic, SessionDay day) {
        Slot slot = new Slot();
        slot.setId(slotId(day.plan().id(), day.day()));
        slot.addServiceType(service(polyclinic));
        slot.setSchedule(new Reference("Schedule/" + day.plan().id()));
        slot.setStatus(day.bookable() ? Slot.SlotStatus.FREE : Slot.SlotStatus.BUSY);
        slot.setStart(date(day.day(), day.plan().startsAt()));
        slot.setEnd(date(day.day(), day.plan().endsAt()));
        slot.getStartElement().setTimeZone(WIT_ZONE);
        slot.getEndElement().setTimeZone(WIT_ZONE);
        slot.setOverbooked(false);
        slot.setComment(day.free() + " of " + day.quota() + " free");
        return slot;
    }

    static Appointment.AppointmentStatus status(Booking booking, LocalDate today) {
        return switch (booking.status()) {
            case BOOKED -> booking.day().isBefore(today) ? Appointment.AppointmentStatus.NOSHOW : Appointment.AppointmentStatus.BOOKED;
            case CHECKED_IN -> Appointment.AppointmentStatus.CHECKEDIN;
            case CALLED -> Appointment.AppointmentStatus.ARRIVED;
            case DONE -> Appointment.AppointmentStatus.FULFILLED;
            case SKIPPED -> Appointment.AppointmentStatus.NOSHOW;
            case CANCELLED -> Appointment.AppointmentStatus.CANCELLED;
        };
    }

    static Appointment appointment(Booking booking, Polyclinic polyclinic, LocalDate today) {
        Appointment appointment = new Appointment();
        appointment.setId(booking.code());
        appointment.addIdentifier(new Identifier().setSystem(BOOKING_SYSTEM).setValue(booking.code()));
        appointment.addIdentifier(new Identifier().setSystem(QUEUE_SYSTEM).setValue(Integer.toString(booking.queueNumber())));
        appointment.setStatus(status(booking, today));
        appointment.addServiceType(service(polyclinic));
        appointment.setStart(date(booking.day(), booking.startsAt()));
        appointment.setEnd(date(booking.day(), booking.endsAt()));
        appointment.getStartElement().setTimeZone(WIT_ZONE);
        appointment.getEndElement().setTimeZone(WIT_ZONE);
        appointment.setCreated(Date.from(booking.createdAt()));
        appointment.getCreatedElement().setTimeZone(WIT_ZONE);
        appointment.addSlot(new Reference("Slot/" + slotId(booking.planId(), booking.day())));
        Patient patient = new Patient();
        patient.setId("patient");
        patient.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(NIK_SYSTEM).setValue(booking.nik()));
        if (booking.jknNumber() != null) {
            patient.addIdentifier(new Identifier().setSystem(JKN_SYSTEM).setValue(booking.jknNumber()));
        }
        patient.addName().setText(booking.patientName());
        patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(booking.phone())
                .setUse(ContactPoint.ContactPointUse.MOBILE));
        if (booking.email() != null) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(booking.email()));
        }
        appointment.addContained(patient);
        appointment.addParticipant().setActor(new Reference("#patient").setDisplay(booking.patientName()))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED).setRequired(Appointment.ParticipantRequired.REQUIRED);
        appointment.addParticipant().setActor(new Reference("Location/" + booking.unitCode()).setDisplay(booking.unitName()))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED).setRequired(Appointment.ParticipantRequired.REQUIRED);
        if (booking.status() == BookingStatus.CANCELLED) {
            appointment.setCancelationReason(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason", "pat", "Patient")));
        }
        return appointment;
    }

    private static Date date(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atOffset(WIT).toInstant());
    }
}
