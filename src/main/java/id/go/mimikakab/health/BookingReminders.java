package id.go.mimikakab.health;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.NotificationOutbox;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.Wit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job that reminds patients the day before their visit, by SMS to the booking's phone and by e-mail when one was
 * given, through the outbox, from {@code mimika.health.reminder-hour} WIT on (one node at a time, ShedLock). Each
 * booking is reminded once per day it is booked for: moving it to another day reminds again; the messages and the
 * mark commit together.
 */
@Component
public class BookingReminders {

    private static final Logger log = LoggerFactory.getLogger(BookingReminders.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** One SMS of the GSM 7-bit alphabet, so that the reminder arrives whole on a basic phone. */
    private static final int SMS_LENGTH = 160;

    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final NotificationOutbox outbox;
    private final MessageSource messages;
    private final Identity identity;
    private final HealthProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BookingReminders(JdbcClient jdbc, Bookings bookings, NotificationOutbox outbox, MessageSource messages, Identity identity,
            HealthProperties properties, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.outbox = outbox;
        this.messages = messages;
        this.identity = identity;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mimika.health.reminder-interval:PT5M}", initialDelayString = "${mimika.health.reminder-interval:PT5M}")
    @SchedulerLock(name = "health-reminders", lockAtMostFor = "PT30M")
    public void run() {
        remindDue();
    }

    /** Queues the reminders due now; answers how many were queued. */
    int remindDue() {
        ZonedDateTime now = clock.instant().atZone(Wit.ZONE);
        if (now.getHour() < properties.reminderHour()) {
            return 0;
        }
        LocalDate tomorrow = Wit.dateOf(clock.instant()).plusDays(1);
        List<String> due = jdbc.sql("""
                        select b.code from health_booking b join health_session s on s.id = b.session_id
                        where s.visit_day = :day and b.status = 'BOOKED' and b.reminded_at is null
                        order by b.id""")
                .param("day", tomorrow).query(String.class).list();
        int queued = 0;
        for (String code : due) {
            try {
                transactions.executeWithoutResult(tx -> remind(code));
                queued++;
            } catch (RuntimeException e) {
                log.warn("Reminder for booking {} failed; the next run tries again", code, e);
            }
        }
        return queued;
    }

    private void remind(String code) {
        Booking b = bookings.find(code).orElseThrow();
        String day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN).format(b.day());
        String time = DateTimeFormatter.ofPattern("HH.mm").format(b.startsAt());
        String link = identity.publicUrl() == null ? "" : identity.publicUrl().replaceAll("/$", "") + "/sehat/kode/" + b.code();
        String subject = messages.getMessage("health.reminder.subject", new Object[] {b.unitName(), day}, INDONESIAN);
        String body = messages.getMessage("health.reminder.body", new Object[] {b.patientName(), b.unitName(), b.polyclinicName(),
                day, time, b.queueNumber(), b.code(), link}, INDONESIAN);
        if (b.email() != null) {
            outbox.enqueueOnce("health-reminder:" + b.code() + ":" + b.day(), NotificationChannel.EMAIL, b.email(), subject, body);
        }
        outbox.enqueueOnce("health-reminder:" + b.code() + ":" + b.day() + ":SMS", NotificationChannel.SMS, b.phone(), b.code(),
                textMessage(b, day));
        jdbc.sql("update health_booking set reminded_at = :now where code = :code")
                .param("now", Bookings.utc(clock.instant())).param("code", code).update();
    }

    /**
     * The SMS reminder in one message: names are put into plain GSM-7 letters, and when they would make it longer
     * than 160 characters the longer of unit and polyclinic loses its end first, so date, queue number and code stay.
     */
    private String textMessage(Booking b, String day) {
        String unit = gsm7(b.unitName());
        String polyclinic = gsm7(b.polyclinicName());
        int others = sms(unit, polyclinic, day, b).length() - unit.length() - polyclinic.length();
        while (others + unit.length() + polyclinic.length() > SMS_LENGTH && !(unit + polyclinic).isEmpty()) {
            if (unit.length() >= polyclinic.length()) {
                unit = unit.substring(0, unit.length() - 1);
            } else {
                polyclinic = polyclinic.substring(0, polyclinic.length() - 1);
            }
        }
        return sms(unit.strip(), polyclinic.strip(), day, b);
    }

    private String sms(String unit, String polyclinic, String day, Booking b) {
        return messages.getMessage("health.reminder.sms", new Object[] {unit, polyclinic, day, Integer.toString(b.queueNumber()),
                b.code()}, INDONESIAN);
    }

    /** A name in characters that take one place each in GSM-7: accents dropped, typographic marks plain, others {@code ?}. */
    private static String gsm7(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[\u2018\u2019`\u00B4]", "'").replaceAll("[\u201C\u201D]", "\"")
                .replaceAll("[\u2013\u2014]", "-").replaceAll("\\s+", " ");
        return plain.replaceAll("[^A-Za-z0-9 .,:;/()'&+!?\"#%*=<>@-]", "?").strip();
    }
}
