package id.go.mimikakab.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The holiday calendar kept in the database and the working-day snapshot built from it. A change made
 * here is visible to deadlines as soon as it commits; changes made on another node are picked up by
 * polling a revision counter, so no deadline ever needs a database query.
 */
@Component
public class HolidayCalendar {

    /** The years a holiday may fall in; also bounds the precomputed working-day index every node builds at start. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private volatile Snapshot snapshot;

    HolidayCalendar(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.snapshot = load();
    }

    /** The current working-day calendar. */
    public WorkingDayCalendar workingDays() {
        return snapshot.calendar();
    }

    /** The end of the N-th working day after {@code from}, in WIT; see {@link WorkingDayCalendar#deadline}. */
    public OffsetDateTime deadline(Instant from, WorkingDays workingDays) {
        return snapshot.calendar().deadline(from, workingDays);
    }

    @Transactional(readOnly = true)
    public List<Holiday> holidaysIn(int year) {
        return jdbc.sql("""
                        select id, holiday_date, kind, name from holiday
                        where holiday_date >= :first and holiday_date <= :last
                        order by holiday_date, name""")
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Holiday(rs.getLong("id"), rs.getObject("holiday_date", LocalDate.class),
                        HolidayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    /** Adds a holiday, collective-leave or regional day; refused when the same date already has that name. */
    @Transactional
    public Holiday add(LocalDate date, HolidayKind kind, String name) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("A holiday must fall between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new IllegalArgumentException("A holiday needs a name of 1 to 200 characters");
        }
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into holiday (holiday_date, kind, name) values (:date, :kind, :name)")
                    .param("date", date)
                    .param("kind", kind.name())
                    .param("name", cleanName)
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new DuplicateHolidayException(date, cleanName);
        }
        long id = keys.getKeyAs(Number.class).longValue();
        Holiday holiday = new Holiday(id, date, kind, cleanName);
        audit.record("HOLIDAY_ADDED", "holiday", date.toString(), null, holiday);
        changed();
        return holiday;
    }

    /** Removes a day from the calendar, e.g. when a decree moves a collective-leave day. */
    @Transactional
    public void remove(long id) {
        Holiday holiday = jdbc.sql("select id, holiday_date, kind, name from holiday where id = :id")
                .param("id", id)
                .query((rs, n) -> new Holiday(rs.getLong("id"), rs.getObject("holiday_date", LocalDate.class),
                        HolidayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .optional()
                .orElseThrow(() -> new NotFoundException("No holiday with id " + id));
        jdbc.sql("delete from holiday where id = :id").param("id", id).update();
        audit.record("HOLIDAY_REMOVED", "holiday", holiday.date().toString(), holiday, null);
        changed();
    }

    /** Reloads the snapshot when another node has changed the calendar since it was built. */
    @Scheduled(fixedDelayString = "${mimika.calendar.refresh-interval:PT15S}")
    public void refreshIfChangedElsewhere() {
        long revision = currentRevision();
        if (revision != snapshot.revision()) {
            snapshot = load();
            log.info("Working-day calendar reloaded at revision {}", snapshot.revision());
        }
    }

    private void changed() {
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = load();
                }
            });
        } else {
            snapshot = load();
        }
    }

    private long currentRevision() {
        return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
    }

    private Snapshot load() {
        long revision = currentRevision();
        List<LocalDate> dates = jdbc.sql("select holiday_date from holiday")
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
        return new Snapshot(revision, WorkingDayCalendar.of(dates));
    }

    private record Snapshot(long revision, WorkingDayCalendar calendar) {
    }
}
