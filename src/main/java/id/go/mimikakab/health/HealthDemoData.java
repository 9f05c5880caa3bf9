package id.go.mimikakab.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.go.mimikakab.system.DemoMode;
import id.go.mimikakab.system.Nik;
import id.go.mimikakab.system.Wit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data of a demo install, never elsewhere: the demo counter account {@code loket.timika} runs Puskesmas Timika,
 * and three units have bookings today (some seen, one being called, some waiting, some not arrived) and over the past
 * week, so that the counter, the waiting-room display and the figures have content. Made once per day at start.
 */
@Component
class HealthDemoData {

    static final String DEMO_COUNTER = "loket.timika";
    private static final List<String> UNITS = List.of("PKM-TIMIKA", "RSUD-MIMIKA", "PKM-WANIA");
    private static final List<String> NAMES = List.of("Maria Beanal", "Yosep Kogoya", "Agustina Magal", "Natalis Tabuni",
            "Elisabeth Omaleng", "Paulus Waker", "Yuliana Natkime", "Markus Kum", "Theresia Jangkup", "Simon Onawame",
            "Fransina Kiwak", "Daniel Murib");

    private static final Logger log = LoggerFactory.getLogger(HealthDemoData.class);

    private final DemoMode demoMode;
    private final HealthUnits units;
    private final Bookings bookings;
    private final HealthAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    HealthDemoData(DemoMode demoMode, HealthUnits units, Bookings bookings, HealthAccess access, JdbcClient jdbc, Clock clock) {
        this.demoMode = demoMode;
        this.units = units;
        this.bookings = bookings;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(120)
    void fillToday() {
        if (!demoMode.enabled()) {
            return;
        }
        access.assign(DEMO_COUNTER, "PKM-TIMIKA");
        LocalDate today = Wit.dateOf(clock.instant());
        boolean done = jdbc.sql("""
                        select count(*) from health_booking b join health_session s on s.id = b.session_id
                        where b.channel = 'DEMO' and s.visit_day = :today""")
                .param("today", today).query(Integer.class).single() > 0;
        if (done) {
            return;
        }
        Random random = new Random(today.toEpochDay());
        int made = 0;
        for (String unitCode : UNITS) {
            if (units.find(unitCode).isEmpty()) {
                continue;
            }
            for (Map.Entry<Polyclinic, List<SessionPlan>> entry : units.plansOf(unitCode).entrySet().stream().limit(2).toList()) {
                SessionPlan plan = entry.getValue().get(0);
                for (int back = 7; back >= 0; back--) {
                    LocalDate day = today.minusDays(back);
                    int count = back == 0 ? 8 : 3 + random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        made += book(entry.getKey(), plan, day, today, i, count, random) ? 1 : 0;
                    }
                }
            }
        }
        log.info("Health demo data: {} bookings for today and the past week", made);
    }

    private boolean book(Polyclinic polyclinic, SessionPlan plan, LocalDate day, LocalDate today, int index, int count, Random random) {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        boolean woman = name.startsWith("Maria") || name.startsWith("Agustina") || name.startsWith("Elisabeth")
                || name.startsWith("Yuliana") || name.startsWith("Theresia") || name.startsWith("Fransina");
        int birthDay = 1 + random.nextInt(28) + (woman ? 40 : 0);
        String nik = String.format("940401%02d%02d%02d%04d", birthDay, 1 + random.nextInt(12), random.nextInt(99), random.nextInt(10000));
        Bookings.Checked checked = new Bookings.Checked(units.require(polyclinic.unitCode()), polyclinic, plan, day, name,
                "+62812" + String.format("%07d", random.nextInt(10_000_000)), null, new Nik(nik), null);
        Booking booking;
        try {
            booking = bookings.bookForDemo(checked, BookingCode.random(random));
        } catch (RuntimeException full) {
            return false;
        }
        Instant opens = day.atTime(plan.startsAt()).atZone(Wit.ZONE).toInstant();
        Instant arrived = opens.plus(Duration.ofMinutes(index * 12L + random.nextInt(10)));
        Instant called = arrived.plus(Duration.ofMinutes(10 + random.nextInt(50)));
        String status;
        if (day.isBefore(today)) {
            status = random.nextInt(8) == 0 ? "BOOKED" : "DONE";
        } else {
            status = index < count / 2 - 1 ? "DONE" : index == count / 2 - 1 ? "CALLED" : index < count - 2 ? "CHECKED_IN" : "BOOKED";
        }
        if (!status.equals("BOOKED")) {
            boolean wasCalled = status.equals("DONE") || status.equals("CALLED");
            jdbc.sql("""
                            update health_booking set status = :status, checked_in_at = :arrived, called_at = :called, finished_at = :finished
                            where code = :code""")
                    .param("status", status).param("arrived", Bookings.utc(arrived))
                    .param("called", wasCalled ? Bookings.utc(called) : null)
                    .param("finished", status.equals("DONE") ? Bookings.utc(called.plus(Duration.ofMinutes(8))) : null)
                    .param("code", booking.code()).update();
        }
        return true;
    }
}
