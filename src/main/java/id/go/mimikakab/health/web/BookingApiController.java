package id.go.mimikakab.health.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.health.Booking;
import id.go.mimikakab.health.BookingChannel;
import id.go.mimikakab.health.BookingRefusedException;
import id.go.mimikakab.health.BookingRequest;
import id.go.mimikakab.health.Bookings;
import id.go.mimikakab.health.HealthUnit;
import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.InvalidBookingException;
import id.go.mimikakab.health.Polyclinic;
import id.go.mimikakab.health.SessionDay;
import id.go.mimikakab.health.SessionPlan;
import id.go.mimikakab.health.WaitingFigures;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of health bookings ({@code /api/v1/health}): units and their free days, booking with an
 * {@code Idempotency-Key}, a booking's public status, cancelling and moving with code and phone. Errors are RFC 9457
 * problem details.
 */
@RestController
@RequestMapping("/api/v1/health")
class BookingApiController {

    static final URI INVALID = URI.create("https://mimikakab.go.id/problems/invalid-booking");
    static final URI REFUSED = URI.create("https://mimikakab.go.id/problems/booking-refused");

    private final HealthUnits units;
    private final Bookings bookings;
    private final WaitingFigures figures;

    BookingApiController(HealthUnits units, Bookings bookings, WaitingFigures figures) {
        this.units = units;
        this.bookings = bookings;
        this.figures = figures;
    }

    /** Waiting time and no-shows per unit and polyclinic over the last 30 days (public, like the statistics page). */
    @GetMapping("/figures")
    List<WaitingFigures.PolyclinicFigures> figures() {
        return figures.recent();
    }

    record UnitJson(String code, String name, String kind, String districtCode, String villageCode, boolean confirmed) {
        static UnitJson of(HealthUnit u) {
            return new UnitJson(u.code(), u.name(), u.kind().name(), u.districtCode(), u.villageCode(), u.confirmed());
        }
    }

    record DayJson(LocalDate day, int quota, int free) {
    }

    record SessionJson(long planId, String polyclinicCode, String polyclinicName, String session, LocalTime startsAt,
            LocalTime endsAt, List<DayJson> days) {
    }

    record BookingJson(String code, int queueNumber, String status, String unitCode, String unitName, String polyclinicName,
            String session, LocalDate day, LocalTime startsAt, Integer ahead) {
        static BookingJson of(Booking b, Integer ahead) {
            return new BookingJson(b.code(), b.queueNumber(), b.status().name(), b.unitCode(), b.unitName(), b.polyclinicName(),
                    b.sessionName(), b.day(), b.startsAt(), ahead);
        }
    }

    record PhoneJson(String phone) {
    }

    record MoveJson(String phone, String day) {
    }

    @GetMapping("/units")
    List<UnitJson> units() {
        return units.active().stream().map(UnitJson::of).toList();
    }

    /** Each session of the unit's polyclinics with the open days of the booking window and their free seats. */
    @GetMapping("/units/{code}/sessions")
    List<SessionJson> sessions(@PathVariable String code) {
        HealthUnit unit = units.find(code).filter(HealthUnit::active).orElseThrow(() -> new NotFoundException("health unit " + code));
        List<SessionJson> sessions = new ArrayList<>();
        for (Map.Entry<Polyclinic, List<SessionPlan>> entry : units.plansOf(unit.code()).entrySet()) {
            for (SessionPlan plan : entry.getValue()) {
                List<DayJson> days = units.sessionDays(plan, unit.code(), bookings.firstBookableDay(), bookings.lastBookableDay())
                        .stream().filter(SessionDay::open).map(d -> new DayJson(d.day(), d.quota(), d.free())).toList();
                sessions.add(new SessionJson(plan.id(), entry.getKey().code(), entry.getKey().name(), plan.name(),
                        plan.startsAt(), plan.endsAt(), days));
            }
        }
        return sessions;
    }

    @PostMapping("/bookings")
    ResponseEntity<BookingJson> book(@RequestBody BookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Booking booking = bookings.book(request, BookingChannel.API, key);
        return ResponseEntity.created(URI.create("/api/v1/health/bookings/" + booking.code()))
                .body(BookingJson.of(booking, bookings.ahead(booking)));
    }

    @GetMapping("/bookings/{code}")
    BookingJson booking(@PathVariable String code) {
        Booking booking = bookings.find(code).orElseThrow(() -> new NotFoundException("booking " + code));
        return BookingJson.of(booking, bookings.ahead(booking));
    }

    @PostMapping("/bookings/{code}/cancellation")
    BookingJson cancel(@PathVariable String code, @RequestBody PhoneJson body) {
        return BookingJson.of(bookings.cancel(code, body.phone()), null);
    }

    @PostMapping("/bookings/{code}/move")
    BookingJson move(@PathVariable String code, @RequestBody MoveJson body) {
        Booking moved = bookings.move(code, body.phone(), body.day());
        return BookingJson.of(moved, bookings.ahead(moved));
    }

    @ExceptionHandler(InvalidBookingException.class)
    ProblemDetail invalid(InvalidBookingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are missing or wrong.");
        problem.setType(INVALID);
        problem.setTitle("Invalid booking");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.key(), "message", p.message())).toList());
        return problem;
    }

    @ExceptionHandler(BookingRefusedException.class)
    ProblemDetail refused(BookingRefusedException e) {
        HttpStatus status = switch (e.reason()) {
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case KEY_REUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.reason().description());
        problem.setType(REFUSED);
        problem.setTitle("Booking refused");
        problem.setProperty("reason", e.reason().name());
        return problem;
    }
}
