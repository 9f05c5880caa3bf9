package id.go.mimikakab.health;

import java.util.List;

/** Where a booking stands on its day. */
public enum BookingStatus {
    /** Booked: the patient holds a seat and a queue number but has not arrived. */
    BOOKED,
    /** Checked in at the counter: the patient waits to be called. */
    CHECKED_IN,
    /** Called to the polyclinic: the number is on the waiting-room display. */
    CALLED,
    /** Seen: the visit is over. */
    DONE,
    /** Called but not there: skipped; the patient may check in again the same day. */
    SKIPPED,
    /** Cancelled by the patient: the seat was given back. */
    CANCELLED;

    /** The statuses of people still ahead of someone in the queue. */
    public static final List<BookingStatus> WAITING = List.of(BOOKED, CHECKED_IN);
}
