package id.go.mimikakab.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A booking as the patient, the unit and the interfaces see it. Personal data (name, phone, NIK) is in it: show with care. */
public record Booking(String code, int queueNumber, BookingStatus status, String unitCode, String unitName,
        long polyclinicId, String polyclinicName, long planId, String sessionName, long sessionId, LocalDate day,
        LocalTime startsAt, LocalTime endsAt, String patientName, String phone, String email, String nik, String jknNumber,
        BookingChannel channel, Instant createdAt, Instant checkedInAt, Instant calledAt, Instant finishedAt) {

    /** Whether the patient may still cancel or move it: booked, not yet arrived, and not of a past day. */
    public boolean changeable(LocalDate today) {
        return status == BookingStatus.BOOKED && !day.isBefore(today);
    }
}
