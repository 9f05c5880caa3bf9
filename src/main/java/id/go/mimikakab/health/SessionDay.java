package id.go.mimikakab.health;

import java.time.LocalDate;

/** One session of a polyclinic on one day, with its seats: what a citizen chooses when booking. */
public record SessionDay(SessionPlan plan, LocalDate day, boolean open, int quota, int booked) {

    /** Seats still free; none on a closed day. */
    public int free() {
        return open ? Math.max(0, quota - booked) : 0;
    }

    public boolean bookable() {
        return free() > 0;
    }
}
