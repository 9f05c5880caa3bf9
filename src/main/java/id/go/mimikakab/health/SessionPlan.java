package id.go.mimikakab.health;

import java.time.LocalTime;

/** A polyclinic's session on each open day (times in WIT) and how many bookings it takes per day. */
public record SessionPlan(long id, long polyclinicId, String name, LocalTime startsAt, LocalTime endsAt, int quota) {
}
