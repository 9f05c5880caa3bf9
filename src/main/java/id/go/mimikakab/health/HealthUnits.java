package id.go.mimikakab.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health units with their weeks, exceptional days, polyclinics and session quotas; whether a unit is open on a
 * day (its week, minus the regency's holidays, unless Dinkes or the unit overrode that day); and the edits Dinkes
 * and the units make, each recorded in the audit trail.
 */
@Component
public class HealthUnits {

    private static final String UNIT_COLUMNS = "code, name, kind, district_code, village_code, address, confirmed, active";

    private final JdbcClient jdbc;
    private final HolidayCalendar calendar;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final Clock clock;

    HealthUnits(JdbcClient jdbc, HolidayCalendar calendar, RegionCatalog regions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<HealthUnit> all() {
        return jdbc.sql("select " + UNIT_COLUMNS + " from health_unit order by kind desc, name").query(HealthUnits::unit).list();
    }

    /** The units that take bookings, the RSUD first, then by name. */
    @Transactional(readOnly = true)
    public List<HealthUnit> active() {
        return jdbc.sql("select " + UNIT_COLUMNS + " from health_unit where active order by kind desc, name")
                .query(HealthUnits::unit).list();
    }

    @Transactional(readOnly = true)
    public Optional<HealthUnit> find(String code) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from health_unit where code = :code").param("code", code)
                .query(HealthUnits::unit).optional();
    }

    public HealthUnit require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("health unit " + code));
    }

    @Transactional(readOnly = true)
    public List<Polyclinic> polyclinics(String unitCode) {
        return jdbc.sql("select id, unit_code, code, name, active from health_polyclinic where unit_code = :unit order by sort_order, name")
                .param("unit", unitCode).query(HealthUnits::polyclinic).list();
    }

    @Transactional(readOnly = true)
    public Optional<Polyclinic> polyclinic(long id) {
        return jdbc.sql("select id, unit_code, code, name, active from health_polyclinic where id = :id")
                .param("id", id).query(HealthUnits::polyclinic).optional();
    }

    @Transactional(readOnly = true)
    public List<SessionPlan> plans(long polyclinicId) {
        return jdbc.sql("select id, polyclinic_id, name, starts_at, ends_at, quota from health_session_plan where polyclinic_id = :p order by starts_at")
                .param("p", polyclinicId).query(HealthUnits::plan).list();
    }

    @Transactional(readOnly = true)
    public Optional<SessionPlan> plan(long id) {
        return jdbc.sql("select id, polyclinic_id, name, starts_at, ends_at, quota from health_session_plan where id = :id")
                .param("id", id).query(HealthUnits::plan).optional();
    }

    /** Every session plan of every active polyclinic of a unit, keyed by plan id, in the order of the polyclinics. */
    @Transactional(readOnly = true)
    public Map<Polyclinic, List<SessionPlan>> plansOf(String unitCode) {
        Map<Polyclinic, List<SessionPlan>> plans = new LinkedHashMap<>();
        for (Polyclinic polyclinic : polyclinics(unitCode)) {
            if (polyclinic.active()) {
                plans.put(polyclinic, plans(polyclinic.id()));
            }
        }
        return plans;
    }

    @Transactional(readOnly = true)
    public List<OpeningHours> week(String unitCode) {
        return jdbc.sql("select weekday, opens_at, closes_at from health_opening where unit_code = :unit order by weekday")
                .param("unit", unitCode)
                .query((rs, n) -> new OpeningHours(DayOfWeek.of(rs.getInt("weekday")), rs.getObject("opens_at", LocalTime.class),
                        rs.getObject("closes_at", LocalTime.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<DayOverride> overrides(String unitCode, LocalDate from) {
        return jdbc.sql("select visit_day, is_open, note from health_day_override where unit_code = :unit and visit_day >= :from order by visit_day")
                .param("unit", unitCode).param("from", from)
                .query((rs, n) -> new DayOverride(rs.getObject("visit_day", LocalDate.class), rs.getBoolean("is_open"), rs.getString("note")))
                .list();
    }

    /**
     * Whether the unit receives patients on the day: an override of that day decides; otherwise it is open on the
     * weekdays of its week unless the regency's calendar has a holiday then.
     */
    @Transactional(readOnly = true)
    public boolean isOpen(String unitCode, LocalDate day) {
        Optional<Boolean> override = jdbc.sql("select is_open from health_day_override where unit_code = :unit and visit_day = :day")
                .param("unit", unitCode).param("day", day).query(Boolean.class).optional();
        if (override.isPresent()) {
            return override.get();
        }
        boolean weekOpen = week(unitCode).stream().anyMatch(h -> h.weekday() == day.getDayOfWeek());
        return weekOpen && !calendar.workingDays().isHoliday(day);
    }

    /** The session on each day from {@code from} to {@code to}, with the seats taken so far. */
    @Transactional(readOnly = true)
    public List<SessionDay> sessionDays(SessionPlan plan, String unitCode, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> booked = new HashMap<>();
        Map<LocalDate, Integer> quotas = new HashMap<>();
        jdbc.sql("select visit_day, quota, booked from health_session where plan_id = :plan and visit_day between :from and :to")
                .param("plan", plan.id()).param("from", from).param("to", to)
                .query(rs -> {
                    LocalDate day = rs.getObject("visit_day", LocalDate.class);
                    booked.put(day, rs.getInt("booked"));
                    quotas.put(day, rs.getInt("quota"));
                });
        List<SessionDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new SessionDay(plan, day, isOpen(unitCode, day), quotas.getOrDefault(day, plan.quota()),
                    booked.getOrDefault(day, 0)));
        }
        return days;
    }

    /** Changes a unit's name, kind, place, address and whether it is confirmed and takes bookings. */
    @Transactional
    public HealthUnit change(HealthUnit changed) {
        HealthUnit before = require(changed.code());
        Village village = regions.village(changed.villageCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown village " + changed.villageCode()));
        HealthUnit after = new HealthUnit(before.code(), changed.name(), changed.kind(), village.districtCode(),
                village.code(), changed.address(), changed.confirmed(), changed.active());
        jdbc.sql("""
                        update health_unit set name = :name, kind = :kind, district_code = :district, village_code = :village,
                               address = :address, confirmed = :confirmed, active = :active, changed_at = :now where code = :code""")
                .param("name", after.name()).param("kind", after.kind().name()).param("district", after.districtCode())
                .param("village", after.villageCode()).param("address", after.address()).param("confirmed", after.confirmed())
                .param("active", after.active()).param("now", now()).param("code", after.code())
                .update();
        audit.record("HEALTH_UNIT_CHANGED", "health_unit", after.code(), before, after);
        return after;
    }

    /** Replaces a unit's week: the weekdays given are open at those hours, the others closed. */
    @Transactional
    public void changeWeek(String unitCode, List<OpeningHours> week) {
        require(unitCode);
        List<OpeningHours> before = week(unitCode);
        jdbc.sql("delete from health_opening where unit_code = :unit").param("unit", unitCode).update();
        for (OpeningHours hours : week) {
            jdbc.sql("insert into health_opening (unit_code, weekday, opens_at, closes_at) values (:unit, :weekday, :opens, :closes)")
                    .param("unit", unitCode).param("weekday", hours.weekday().getValue())
                    .param("opens", hours.opensAt()).param("closes", hours.closesAt()).update();
        }
        audit.record("HEALTH_UNIT_WEEK_CHANGED", "health_unit", unitCode, before, week);
    }

    /** Opens the unit on a day it would be closed (a holiday) or closes it on a day it would be open. */
    @Transactional
    public void override(String unitCode, DayOverride override) {
        require(unitCode);
        jdbc.sql("delete from health_day_override where unit_code = :unit and visit_day = :day")
                .param("unit", unitCode).param("day", override.day()).update();
        jdbc.sql("insert into health_day_override (unit_code, visit_day, is_open, note) values (:unit, :day, :open, :note)")
                .param("unit", unitCode).param("day", override.day()).param("open", override.open())
                .param("note", override.note()).update();
        audit.record("HEALTH_DAY_OVERRIDDEN", "health_unit", unitCode, null, override);
    }

    /** Removes a day's override, so the week and the holiday calendar decide again. */
    @Transactional
    public void removeOverride(String unitCode, LocalDate day) {
        int removed = jdbc.sql("delete from health_day_override where unit_code = :unit and visit_day = :day")
                .param("unit", unitCode).param("day", day).update();
        if (removed > 0) {
            audit.record("HEALTH_DAY_OVERRIDE_REMOVED", "health_unit", unitCode, day.toString(), null);
        }
    }

    /**
     * Sets a session's daily quota for the days to come; days that already have bookings keep their quota unless it
     * is raised, so nobody loses a seat they hold.
     */
    @Transactional
    public void changeQuota(long planId, int quota, LocalDate today) {
        if (quota < 0 || quota > 1000) {
            throw new IllegalArgumentException("A quota is 0 to 1000");
        }
        SessionPlan before = plan(planId).orElseThrow(() -> new NotFoundException("session plan " + planId));
        jdbc.sql("update health_session_plan set quota = :quota where id = :id").param("quota", quota).param("id", planId).update();
        jdbc.sql("update health_session set quota = case when booked > :quota then booked else :quota end where plan_id = :id and visit_day >= :today")
                .param("quota", quota).param("id", planId).param("today", today).update();
        audit.record("HEALTH_QUOTA_CHANGED", "health_session_plan", Long.toString(planId), before.quota(), quota);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static HealthUnit unit(ResultSet rs, int n) throws SQLException {
        return new HealthUnit(rs.getString("code"), rs.getString("name"), HealthUnitKind.valueOf(rs.getString("kind")),
                rs.getString("district_code"), rs.getString("village_code"), rs.getString("address"),
                rs.getBoolean("confirmed"), rs.getBoolean("active"));
    }

    private static Polyclinic polyclinic(ResultSet rs, int n) throws SQLException {
        return new Polyclinic(rs.getLong("id"), rs.getString("unit_code"), rs.getString("code"), rs.getString("name"),
                rs.getBoolean("active"));
    }

    private static SessionPlan plan(ResultSet rs, int n) throws SQLException {
        return new SessionPlan(rs.getLong("id"), rs.getLong("polyclinic_id"), rs.getString("name"),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class), rs.getInt("quota"));
    }
}
