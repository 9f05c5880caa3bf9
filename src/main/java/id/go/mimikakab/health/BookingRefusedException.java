package id.go.mimikakab.health;

/** A booking, move or cancellation the rules do not allow, with the reason a patient is told. */
public class BookingRefusedException extends RuntimeException {

    /** Why; each has the message key {@code health.refused.<name>}. */
    public enum Reason {
        /** The session has no free seat left. */
        FULL("No seat is free in this session any more."),
        /** The unit is closed that day (its week, a holiday, or an override). */
        CLOSED("The unit is closed on that day."),
        /** The day is in the past or too far ahead. */
        OUTSIDE_WINDOW("Bookings are taken from tomorrow up to the number of days the unit publishes."),
        /** The same NIK already holds a seat in this session. */
        ALREADY_BOOKED("This NIK already has a booking for this session."),
        /** The Idempotency-Key was used before for a different booking. */
        KEY_REUSED("This Idempotency-Key was used for a different booking."),
        /** The booking was used, cancelled or is of a past day. */
        NOT_CHANGEABLE("This booking can no longer be cancelled or moved."),
        /** No booking with that code and phone number. */
        UNKNOWN("No booking with that code and phone number.");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        public String key() {
            return "health.refused." + name();
        }
    }

    private final Reason reason;

    public BookingRefusedException(Reason reason) {
        super(reason.description());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
