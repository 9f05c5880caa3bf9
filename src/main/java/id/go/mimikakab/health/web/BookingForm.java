package id.go.mimikakab.health.web;

import java.util.UUID;

import id.go.mimikakab.health.BookingRequest;

/** The booking form as typed; the idempotency key is made when the form is shown, so a double submit books once. */
record BookingForm(String day, String name, String phone, String email, String nik, String jknNumber, String idempotencyKey) {

    static BookingForm empty() {
        return new BookingForm(null, null, null, null, null, null, UUID.randomUUID().toString());
    }

    BookingRequest toRequest(long planId) {
        return new BookingRequest(planId, day, name, phone, email, nik, jknNumber);
    }
}
