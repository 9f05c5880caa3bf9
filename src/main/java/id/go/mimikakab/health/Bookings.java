package id.go.mimikakab.health;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.health.BookingRefusedException.Reason;
import id.go.mimikakab.system.Nik;
import id.go.mimikakab.system.PlainText;
import id.go.mimikakab.system.Wit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizens' bookings: check, book (a seat is taken by a conditional update of the session's counter, so a session
 * never takes more bookings than its quota, whatever the number of nodes and requests), replay a retried submission
 * with the same {@code Idempotency-Key}, cancel and move by booking code and phone number, and look a booking up.
 */
@Component
public class Bookings {

    public static final int MAX_NAME = 120;
    private static final int CODE_ATTEMPTS = 5;

    static final String COLUMNS = """
            b.code, b.queue_number, b.status, b.patient_name, b.phone, b.email, b.nik, b.jkn_number, b.channel, b.created_at,
            b.checked_in_at, b.called_at, b.finished_at, s.id as session_id, s.visit_day, p.id as plan_id, p.name as session_name,
            p.starts_at, p.ends_at, pc.id as polyclinic_id, pc.name as polyclinic_name, u.code as unit_code, u.name as unit_name""";
    static final String FROM = """
            health_booking b join health_session s on s.id = b.session_id join health_session_plan p on p.id = s.plan_id
            join health_polyclinic pc on pc.id = p.polyclinic_id join health_unit u on u.code = pc.unit_code""";

    private final JdbcClient jdbc;
    private final HealthUnits units;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransactions;
    private final HealthProperties properties;
    private final Clock clock;

    Bookings(JdbcClient jdbc, HealthUnits units, AuditTrail audit, PlatformTransactionManager transactionManager,
            HealthProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransactions = new TransactionTemplate(transactionManager);
        this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /** A booking whose every field passed its check. */
    record Checked(HealthUnit unit, Polyclinic polyclinic, SessionPlan plan, LocalDate day, String name, String phone,
            String email, Nik nik, String jknNumber) {
    }

    /** Mimika's date now. */
    public LocalDate today() {
        return Wit.dateOf(clock.instant());
    }

    /** The first and last day citizens may book now: tomorrow up to {@code mimika.health.booking-days-ahead}. */
    public LocalDate firstBookableDay() {
        return today().plusDays(1);
    }

    public LocalDate lastBookableDay() {
        return today().plusDays(properties.bookingDaysAhead());
    }

    /** Checks every field of a booking at once and refuses with all problems found. */
    public Checked check(BookingRequest r) {
        List<BookingProblem> problems = new ArrayList<>();
        SessionPlan plan = null;
        Polyclinic polyclinic = null;
        HealthUnit unit = null;
        if (r.planId() == null) {
            problems.add(new BookingProblem("planId", "health.field.plan.required", "Choose a polyclinic and its session."));
        } else {
            plan = units.plan(r.planId()).orElse(null);
            polyclinic = plan == null ? null : units.polyclinic(plan.polyclinicId()).filter(Polyclinic::active).orElse(null);
            unit = polyclinic == null ? null : units.find(polyclinic.unitCode()).filter(HealthUnit::active).orElse(null);
            if (unit == null) {
                problems.add(new BookingProblem("planId", "health.field.plan.unknown", "Unknown session: " + r.planId()));
            }
        }
        LocalDate day = null;
        if (r.day() == null || r.day().isBlank()) {
            problems.add(new BookingProblem("day", "health.field.day.required", "Choose a day (YYYY-MM-DD)."));
        } else {
            try {
                day = LocalDate.parse(r.day().strip());
            } catch (DateTimeParseException e) {
                problems.add(new BookingProblem("day", "health.field.day.invalid", "A day is written YYYY-MM-DD."));
            }
        }
        String name = PlainText.clean(r.name());
        if (name == null || name.isBlank()) {
            problems.add(new BookingProblem("name", "health.field.name.required", "The patient's name is required."));
        } else if (name.length() > MAX_NAME) {
            problems.add(new BookingProblem("name", "health.field.name.tooLong", "A name has at most " + MAX_NAME + " characters."));
        }
        String phone = null;
        if (r.phone() == null || r.phone().isBlank()) {
            problems.add(new BookingProblem("phone", "health.field.phone.required", "A mobile number is required."));
        } else if ((phone = PatientChecks.phone(r.phone())) == null) {
            problems.add(new BookingProblem("phone", "health.field.phone.invalid",
                    "A mobile number starts with +62, 62 or 0, then 8 and 7 to 10 more digits."));
        }
        String email = null;
        if (r.email() != null && !r.email().isBlank() && (email = PatientChecks.email(r.email())) == null) {
            problems.add(new BookingProblem("email", "health.field.email.invalid", "Not an e-mail address."));
        }
        Nik nik = null;
        Optional<Nik.Problem> nikProblem = Nik.check(r.nik());
        if (nikProblem.isPresent()) {
            problems.add(new BookingProblem("nik", "health.field.nik." + nikProblem.get().name(), nikProblem.get().description()));
        } else {
            nik = Nik.parse(r.nik()).orElseThrow();
        }
        String jkn = null;
        if (r.jknNumber() != null && !r.jknNumber().isBlank() && (jkn = PatientChecks.jkn(r.jknNumber())) == null) {
            problems.add(new BookingProblem("jknNumber", "health.field.jkn.invalid", "A BPJS/JKN card number has 13 digits."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidBookingException(problems);
        }
        return new Checked(unit, polyclinic, plan, day, name, phone, email, nik, jkn);
    }

    /**
     * Books a seat and answers the booking with its code and queue number. With an idempotency key, a retry of the
     * same booking answers the first booking again, and another booking under the same key is refused.
     */
    public Booking book(BookingRequest request, BookingChannel channel, String idempotencyKey) {
        Checked booking = check(request);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw new InvalidBookingException(List.of(new BookingProblem("Idempotency-Key", "health.field.key.tooLong",
                    "An Idempotency-Key has at most 100 characters.")));
        }
        String hash = hash(booking);
        if (key != null) {
            Optional<Booking> earlier = replay(key, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        requireBookable(booking.unit(), booking.day());
        long sessionId = session(booking.plan(), booking.day());
        if (holds(sessionId, booking.nik())) {
            throw new BookingRefusedException(Reason.ALREADY_BOOKED);
        }
        for (int attempt = 1; ; attempt++) {
            String code = BookingCode.random();
            try {
                transactions.executeWithoutResult(tx -> insert(booking, sessionId, code, channel, key, hash));
                return find(code).orElseThrow();
            } catch (DuplicateKeyException clash) {
                if (key != null) {
                    Optional<Booking> earlier = replay(key, hash);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                }
                if (holds(sessionId, booking.nik())) {
                    throw new BookingRefusedException(Reason.ALREADY_BOOKED);
                }
                if (attempt >= CODE_ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }

    /** Books for demo data of a demo install: any day, without the booking window or the unit's week. */
    Booking bookForDemo(Checked booking, String code) {
        long sessionId = session(booking.plan(), booking.day());
        transactions.executeWithoutResult(tx -> insert(booking, sessionId, code, BookingChannel.DEMO, null, hash(booking)));
        return find(code).orElseThrow();
    }

    private void insert(Checked booking, long sessionId, String code, BookingChannel channel, String key, String hash) {
        int queueNumber = takeSeat(sessionId);
        jdbc.sql("""
                        insert into health_booking (code, session_id, queue_number, patient_name, phone, email, nik, holding_nik,
                               jkn_number, status, channel, created_at, idempotency_key, request_hash)
                        values (:code, :session, :queue, :name, :phone, :email, :nik, :nik, :jkn, 'BOOKED', :channel, :now, :key, :hash)""")
                .param("code", code).param("session", sessionId).param("queue", queueNumber)
                .param("name", booking.name()).param("phone", booking.phone()).param("email", booking.email())
                .param("nik", booking.nik().value()).param("jkn", booking.jknNumber()).param("channel", channel.name())
                .param("now", utc(clock.instant())).param("key", key).param("hash", hash)
                .update();
        audit.record("HEALTH_BOOKED", "health_booking", code, null, trace(booking.unit().code(), booking.polyclinic().code(),
                booking.day(), queueNumber, BookingStatus.BOOKED, channel));
    }

    /** Takes one seat of the session and answers the queue number it gives, or refuses when none is left. */
    private int takeSeat(long sessionId) {
        int taken = jdbc.sql("update health_session set booked = booked + 1, issued = issued + 1 where id = :id and booked < quota")
                .param("id", sessionId).update();
        if (taken == 0) {
            throw new BookingRefusedException(Reason.FULL);
        }
        return jdbc.sql("select issued from health_session where id = :id").param("id", sessionId).query(Integer.class).single();
    }

    private void giveBackSeat(long sessionId) {
        jdbc.sql("update health_session set booked = booked - 1 where id = :id and booked > 0").param("id", sessionId).update();
    }

    private void requireBookable(HealthUnit unit, LocalDate day) {
        if (day.isBefore(firstBookableDay()) || day.isAfter(lastBookableDay())) {
            throw new BookingRefusedException(Reason.OUTSIDE_WINDOW);
        }
        if (!units.isOpen(unit.code(), day)) {
            throw new BookingRefusedException(Reason.CLOSED);
        }
    }

    /** The session of a plan on a day, made now (in its own transaction, so that racing bookings share it) if needed. */
    long session(SessionPlan plan, LocalDate day) {
        Optional<Long> id = sessionId(plan.id(), day);
        if (id.isPresent()) {
            return id.get();
        }
        try {
            ownTransactions.executeWithoutResult(tx -> jdbc.sql("""
                            insert into health_session (plan_id, visit_day, quota, booked, issued) values (:plan, :day, :quota, 0, 0)""")
                    .param("plan", plan.id()).param("day", day).param("quota", plan.quota()).update());
        } catch (DuplicateKeyException raced) {
            // another booking made it first; its row is the one to use
        }
        return sessionId(plan.id(), day).orElseThrow();
    }

    private Optional<Long> sessionId(long planId, LocalDate day) {
        return jdbc.sql("select id from health_session where plan_id = :plan and visit_day = :day")
                .param("plan", planId).param("day", day).query(Long.class).optional();
    }

    private boolean holds(long sessionId, Nik nik) {
        return jdbc.sql("select count(*) from health_booking where session_id = :s and holding_nik = :nik")
                .param("s", sessionId).param("nik", nik.value()).query(Integer.class).single() > 0;
    }

    private Optional<Booking> replay(String key, String hash) {
        Optional<String[]> stored = jdbc.sql("select code, request_hash from health_booking where idempotency_key = :key")
                .param("key", key).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get()[1].equals(hash)) {
            throw new BookingRefusedException(Reason.KEY_REUSED);
        }
        return find(stored.get()[0]);
    }

    @Transactional(readOnly = true)
    public Optional<Booking> find(String code) {
        String normal = BookingCode.normalise(code);
        if (normal == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where b.code = :code").param("code", normal)
                .query(Bookings::booking).optional();
    }

    /** The booking with this code when the phone number matches it: how a patient without an account proves it is theirs. */
    @Transactional(readOnly = true)
    public Optional<Booking> findForPatient(String code, String phone) {
        String normal = phone == null ? null : PatientChecks.phone(phone);
        return find(code).filter(b -> b.phone().equals(normal));
    }

    /** How many people with a lower queue number in the same session have not been called yet. */
    @Transactional(readOnly = true)
    public int ahead(Booking booking) {
        return jdbc.sql("""
                        select count(*) from health_booking
                        where session_id = :s and queue_number < :q and status in ('BOOKED', 'CHECKED_IN')""")
                .param("s", booking.sessionId()).param("q", booking.queueNumber()).query(Integer.class).single();
    }

    /** Cancels a booking that has not been used yet; its seat is free again at once. */
    public Booking cancel(String code, String phone) {
        Booking booking = findForPatient(code, phone).orElseThrow(() -> new BookingRefusedException(Reason.UNKNOWN));
        if (!booking.changeable(today())) {
            throw new BookingRefusedException(Reason.NOT_CHANGEABLE);
        }
        transactions.executeWithoutResult(tx -> {
            int cancelled = jdbc.sql("""
                            update health_booking set status = 'CANCELLED', holding_nik = null, cancelled_at = :now
                            where code = :code and status = 'BOOKED'""")
                    .param("now", utc(clock.instant())).param("code", booking.code()).update();
            if (cancelled == 0) {
                throw new BookingRefusedException(Reason.NOT_CHANGEABLE);
            }
            giveBackSeat(booking.sessionId());
            audit.record("HEALTH_BOOKING_CANCELLED", "health_booking", booking.code(), BookingStatus.BOOKED, BookingStatus.CANCELLED);
        });
        return find(booking.code()).orElseThrow();
    }

    /** Moves a booking to another day of the same session: a seat there, a new queue number, the old seat given back. */
    public Booking move(String code, String phone, String newDay) {
        Booking booking = findForPatient(code, phone).orElseThrow(() -> new BookingRefusedException(Reason.UNKNOWN));
        if (!booking.changeable(today())) {
            throw new BookingRefusedException(Reason.NOT_CHANGEABLE);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(newDay == null ? "" : newDay.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidBookingException(List.of(new BookingProblem("day", "health.field.day.invalid", "A day is written YYYY-MM-DD.")));
        }
        if (day.equals(booking.day())) {
            return booking;
        }
        HealthUnit unit = units.require(booking.unitCode());
        requireBookable(unit, day);
        SessionPlan plan = units.plan(booking.planId()).orElseThrow();
        long sessionId = session(plan, day);
        try {
            transactions.executeWithoutResult(tx -> {
                int queueNumber = takeSeat(sessionId);
                int moved = jdbc.sql("""
                                update health_booking set session_id = :session, queue_number = :queue, reminded_at = null
                                where code = :code and status = 'BOOKED'""")
                        .param("session", sessionId).param("queue", queueNumber).param("code", booking.code()).update();
                if (moved == 0) {
                    throw new BookingRefusedException(Reason.NOT_CHANGEABLE);
                }
                giveBackSeat(booking.sessionId());
                audit.record("HEALTH_BOOKING_MOVED", "health_booking", booking.code(),
                        Map.of("day", booking.day().toString(), "queueNumber", booking.queueNumber()),
                        Map.of("day", day.toString(), "queueNumber", queueNumber));
            });
        } catch (DuplicateKeyException sameNik) {
            throw new BookingRefusedException(Reason.ALREADY_BOOKED);
        }
        return find(booking.code()).orElseThrow();
    }

    /** Every booking of a unit on a day that is not cancelled, by polyclinic and queue number. */
    @Transactional(readOnly = true)
    public List<Booking> onDay(String unitCode, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " " + """
                         where u.code = :unit and s.visit_day = :day and b.status <> 'CANCELLED'
                         order by pc.sort_order, p.starts_at, b.queue_number""")
                .param("unit", unitCode).param("day", day).query(Bookings::booking).list();
    }

    /** What the audit trail keeps of a booking: no name, phone or NIK. */
    static Map<String, Object> trace(String unit, String polyclinic, LocalDate day, int queueNumber, BookingStatus status,
            BookingChannel channel) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("unit", unit);
        trace.put("polyclinic", polyclinic);
        trace.put("day", day.toString());
        trace.put("queueNumber", queueNumber);
        trace.put("status", status.name());
        trace.put("channel", channel.name());
        return trace;
    }

    private static String hash(Checked b) {
        String text = String.join("\u001f", Long.toString(b.plan().id()), b.day().toString(), b.name(), b.phone(),
                String.valueOf(b.email()), b.nik().value(), String.valueOf(b.jknNumber()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Booking booking(ResultSet rs, int n) throws SQLException {
        return new Booking(rs.getString("code"), rs.getInt("queue_number"), BookingStatus.valueOf(rs.getString("status")),
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getLong("polyclinic_id"), rs.getString("polyclinic_name"),
                rs.getLong("plan_id"), rs.getString("session_name"), rs.getLong("session_id"), rs.getObject("visit_day", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class), rs.getString("patient_name"),
                rs.getString("phone"), rs.getString("email"), rs.getString("nik"), rs.getString("jkn_number"),
                BookingChannel.valueOf(rs.getString("channel")), instant(rs, "created_at"), instant(rs, "checked_in_at"),
                instant(rs, "called_at"), instant(rs, "finished_at"));
    }
}
