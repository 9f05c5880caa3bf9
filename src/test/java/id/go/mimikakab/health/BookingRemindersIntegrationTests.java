package id.go.mimikakab.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The patient is reminded by e-mail the afternoon before the visit, once, through the outbox. */
@SpringBootTest
@Import(MutableClock.Configuration.class)
class BookingRemindersIntegrationTests {

    @Autowired
    MutableClock clock;

    @Autowired
    Bookings bookings;

    @Autowired
    HealthUnits units;

    @Autowired
    BookingReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBookingForTomorrowIsRemindedOnceFromFourInTheAfternoon() {
        LocalDate monday = LocalDate.of(2062, 1, 2).plusWeeks(new Random().nextInt(2000));
        while (monday.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            monday = monday.plusDays(1);
        }
        clock.set(monday.atTime(10, 0).atOffset(ZoneOffset.ofHours(9)).toInstant());
        Polyclinic kia = units.polyclinics("PKM-TIMIKA").stream().filter(p -> p.code().equals("KIA")).findFirst().orElseThrow();
        String email = "ibu." + monday + "@example.org";
        Booking booking = bookings.book(new BookingRequest(units.plans(kia.id()).get(0).id(), monday.plusDays(1).toString(),
                "Yuliana Natkime", "081298765432", email, "9404015503900077", null), BookingChannel.WEB, null);

        assertThat(reminders.remindDue()).as("too early in the day").isZero();
        clock.set(monday.atTime(16, 5).atOffset(ZoneOffset.ofHours(9)).toInstant());
        reminders.remindDue();
        assertThat(reminders.remindDue()).as("once only").isZero();

        String body = jdbc.sql("select body from notification_outbox where recipient = :r and channel = 'EMAIL'")
                .param("r", email).query(String.class).single();
        assertThat(body).contains("Yuliana Natkime", "Puskesmas Timika", "Poli KIA/KB", "Nomor antrean: " + booking.queueNumber(),
                booking.code(), "08.00 WIT");
    }
}
