package id.go.mimikakab.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The patient is reminded by SMS, and by e-mail when given, the afternoon before the visit, once, through the outbox. */
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
    void aBookingForTomorrowIsRemindedOnceByEmailAndSmsFromFourInTheAfternoon() {
        LocalDate monday = LocalDate.of(2062, 1, 2).plusWeeks(new Random().nextInt(2000));
        while (monday.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            monday = monday.plusDays(1);
        }
        clock.set(monday.atTime(10, 0).atOffset(ZoneOffset.ofHours(9)).toInstant());
        Polyclinic kia = units.polyclinics("PKM-TIMIKA").stream().filter(p -> p.code().equals("KIA")).findFirst().orElseThrow();
        String email = "ibu." + monday + "@example.org";
        Booking booking = bookings.book(new BookingRequest(units.plans(kia.id()).get(0).id(), monday.plusDays(1).toString(),
                "Yuliana Natkime", "081298765432", email, "9404015503900077", null), BookingChannel.WEB, null);
        Booking withoutEmail = bookings.book(new BookingRequest(units.plans(kia.id()).get(0).id(), monday.plusDays(1).toString(),
                "Marta Beanal", "0813 4455 6677", null, "9404015204880003", null), BookingChannel.WEB, null);

        assertThat(reminders.remindDue()).as("too early in the day").isZero();
        clock.set(monday.atTime(16, 5).atOffset(ZoneOffset.ofHours(9)).toInstant());
        reminders.remindDue();
        assertThat(reminders.remindDue()).as("once only").isZero();

        String body = jdbc.sql("select body from notification_outbox where recipient = :r and channel = 'EMAIL'")
                .param("r", email).query(String.class).single();
        assertThat(body).contains("Yuliana Natkime", "Puskesmas Timika", "Poli KIA/KB", "Nomor antrean: " + booking.queueNumber(),
                booking.code(), "08.00 WIT");

        jdbc.sql("update health_booking set reminded_at = null where code = :c").param("c", booking.code()).update();
        reminders.remindDue();
        String sms = smsTo("+6281298765432", booking.code());
        assertThat(sms).as("one SMS of plain GSM-7 text, once even when the job runs again").hasSizeLessThanOrEqualTo(160)
                .matches("[A-Za-z0-9 .,:;/()'&+!?\"#%*=<>@-]+");
        String tuesday = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id")).format(monday.plusDays(1));
        assertThat(sms).contains("Puskesmas Timika", "Poli KIA/KB", tuesday, "Nomor antrean " + booking.queueNumber(),
                booking.code());
        assertThat(smsTo("+6281344556677", withoutEmail.code())).as("a patient without e-mail is texted")
                .contains("Nomor antrean " + withoutEmail.queueNumber());
    }

    private String smsTo(String phone, String code) {
        return jdbc.sql("select body from notification_outbox where channel = 'SMS' and recipient = :r and body like :code")
                .param("r", phone).param("code", "%" + code + "%").query(String.class).single();
    }
}
