package id.go.mimikakab.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.health.BookingRefusedException.Reason;
import id.go.mimikakab.system.Wit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's day at the counter: check a patient in, call the next one of a polyclinic, mark a called patient as seen
 * or skipped; and what the waiting-room display shows. Each step is a conditional update of the booking's status,
 * so two counters pressing at once never call the same person, and each is recorded in the audit trail.
 */
@Component
public class UnitQueue {

    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final AuditTrail audit;
    private final Clock clock;

    UnitQueue(JdbcClient jdbc, Bookings bookings, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.audit = audit;
        this.clock = clock;
    }

    /** One polyclinic's queue today: the number being called, who waits checked in, and who is booked but not here. */
    public record PolyclinicQueue(long polyclinicId, String polyclinicName, Booking called, List<Booking> checkedIn,
            List<Booking> booked, List<Booking> finished) {

        public int waiting() {
            return checkedIn.size();
        }

        /** The queue numbers of the next four waiting, as the display shows them. */
        public String nextNumbers() {
            return String.join("  ", checkedIn.stream().limit(4).map(b -> Integer.toString(b.queueNumber())).toList());
        }
    }

    public LocalDate today() {
        return Wit.dateOf(clock.instant());
    }

    /** Today's queue of every polyclinic of a unit that has bookings today, in the polyclinics' order. */
    @Transactional(readOnly = true)
    public List<PolyclinicQueue> today(String unitCode) {
        Map<Long, List<Booking>> byPolyclinic = new LinkedHashMap<>();
        for (Booking b : bookings.onDay(unitCode, today())) {
            byPolyclinic.computeIfAbsent(b.polyclinicId(), id -> new ArrayList<>()).add(b);
        }
        List<PolyclinicQueue> queues = new ArrayList<>();
        byPolyclinic.forEach((id, list) -> {
            Booking called = list.stream().filter(b -> b.status() == BookingStatus.CALLED)
                    .max(Comparator.comparing(Booking::calledAt)).orElse(null);
            queues.add(new PolyclinicQueue(id, list.get(0).polyclinicName(), called,
                    list.stream().filter(b -> b.status() == BookingStatus.CHECKED_IN).toList(),
                    list.stream().filter(b -> b.status() == BookingStatus.BOOKED || b.status() == BookingStatus.SKIPPED).toList(),
                    list.stream().filter(b -> b.status() == BookingStatus.DONE).toList()));
        });
        return queues;
    }

    /** Checks a patient in by booking code, for today's session at this unit; a skipped patient may check in again. */
    @Transactional
    public Booking checkIn(String unitCode, String code) {
        Booking booking = todayAt(unitCode, code);
        move(booking, List.of(BookingStatus.BOOKED, BookingStatus.SKIPPED), BookingStatus.CHECKED_IN, "checked_in_at");
        return bookings.find(booking.code()).orElseThrow();
    }

    /** Calls the checked-in patient with the lowest queue number of the polyclinic; empty when nobody is waiting. */
    @Transactional
    public Optional<Booking> callNext(String unitCode, long polyclinicId) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Booking> next = today(unitCode).stream().filter(q -> q.polyclinicId() == polyclinicId).findFirst()
                    .flatMap(q -> q.checkedIn().stream().findFirst());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (move(next.get(), List.of(BookingStatus.CHECKED_IN), BookingStatus.CALLED, "called_at")) {
                return bookings.find(next.get().code());
            }
        }
        return Optional.empty();
    }

    /** Marks a called patient as seen. */
    @Transactional
    public Booking finish(String unitCode, String code) {
        Booking booking = todayAt(unitCode, code);
        if (!move(booking, List.of(BookingStatus.CALLED), BookingStatus.DONE, "finished_at")) {
            throw new BookingRefusedException(Reason.NOT_CHANGEABLE);
        }
        return bookings.find(booking.code()).orElseThrow();
    }

    /** Marks a called patient who did not come as skipped. */
    @Transactional
    public Booking skip(String unitCode, String code) {
        Booking booking = todayAt(unitCode, code);
        if (!move(booking, List.of(BookingStatus.CALLED), BookingStatus.SKIPPED, null)) {
            throw new BookingRefusedException(Reason.NOT_CHANGEABLE);
        }
        return bookings.find(booking.code()).orElseThrow();
    }

    private Booking todayAt(String unitCode, String code) {
        return bookings.find(code).filter(b -> b.unitCode().equals(unitCode) && b.day().equals(today()))
                .orElseThrow(() -> new BookingRefusedException(Reason.UNKNOWN));
    }

    private boolean move(Booking booking, List<BookingStatus> from, BookingStatus to, String stampColumn) {
        String stamp = stampColumn == null ? "" : ", " + stampColumn + " = :now";
        int moved = jdbc.sql("update health_booking set status = :to" + stamp + " where code = :code and status in (:from)")
                .param("to", to.name()).param("now", Bookings.utc(clock.instant())).param("code", booking.code())
                .param("from", from.stream().map(Enum::name).toList())
                .update();
        if (moved == 1) {
            audit.record("HEALTH_BOOKING_" + to.name(), "health_booking", booking.code(), booking.status().name(), to.name());
        }
        return moved == 1;
    }
}
