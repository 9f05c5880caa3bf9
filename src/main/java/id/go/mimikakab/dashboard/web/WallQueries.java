package id.go.mimikakab.dashboard.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.dashboard.PerformanceFigures;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.SlaPolicies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The wall's SQL: open reports narrowed by the filter form, newest first, and the report events after a given
 * id for the live feed. Lights use the one rule of {@link Light#SQL}; search is {@code lower(...) like lower(...)},
 * which H2 and PostgreSQL run alike.
 */
@Component
class WallQueries {

    private static final String ROW_COLUMNS = "r.ticket, r.category_code, r.description, c.stage as status, c.agency_code, "
            + "r.submitted_at, r.district_code, r.latitude, r.longitude, r.reroute_requested, " + Light.SQL + " as light";
    /** A report with its case (the read model of the case mechanism). */
    private static final String REPORTS = " report r join work_case c on c.id = r.case_id ";

    private final JdbcClient jdbc;
    private final SlaPolicies policies;
    private final AgencyDirectory agencies;
    private final Clock clock;

    WallQueries(JdbcClient jdbc, SlaPolicies policies, AgencyDirectory agencies, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The open reports the filter selects, newest first, at most {@code limit}, and how many there are in all. */
    Page queue(WallFilter filter, int limit) {
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, params);
        params.put("now", utc(now));
        long total = jdbc.sql("select count(*) from" + REPORTS + where).params(params).query(Long.class).single();
        params.put("limit", limit);
        List<WallRow> rows = jdbc.sql("select " + ROW_COLUMNS + " from" + REPORTS + where
                        + " order by r.submitted_at desc, r.id desc limit :limit")
                .params(params)
                .query(WallQueries::row)
                .list();
        return new Page(rows, total);
    }

    /** The report events with an id above {@code after} or among {@code missing}, in id order, with their reports as they are now. */
    List<WallEvent> eventsAfter(long after, Set<Long> missing, int limit) {
        List<Long> ids = missing.isEmpty() ? List.of(-1L) : new ArrayList<>(missing);
        return jdbc.sql("select e.id as event_id, e.action, " + ROW_COLUMNS + " from report_event e "
                        + "join report r on r.id = e.report_id join work_case c on c.id = r.case_id "
                        + "where e.id > :after or e.id in (:missing) "
                        + "order by e.id limit :limit")
                .param("after", after)
                .param("missing", ids)
                .param("limit", limit)
                .param("now", utc(clock.instant()))
                .query((rs, n) -> new WallEvent(rs.getLong("event_id"), rs.getString("action"), row(rs, n)))
                .list();
    }

    /** The highest report event id so far; the live feed starts after it. */
    long lastEventId() {
        return jdbc.sql("select coalesce(max(id), 0) from report_event").query(Long.class).single();
    }

    /** Where one click would route each report that awaits routing (the category's agency in its district), by ticket. */
    Map<String, String> suggestions(List<WallRow> rows) {
        Set<String> active = agencies.active().stream().map(Agency::code).collect(Collectors.toSet());
        Map<String, String> byPlace = new HashMap<>();
        Map<String, String> byTicket = new HashMap<>();
        for (WallRow row : rows) {
            if (!row.awaitsRouting()) {
                continue;
            }
            String agency = byPlace.computeIfAbsent(row.categoryCode() + "|" + row.districtCode(),
                    k -> policies.agencyFor(row.categoryCode(), row.districtCode()));
            boolean unverified = row.status() == ReportStatus.SUBMITTED || row.status() == ReportStatus.NEEDS_INFO;
            if (agency != null && active.contains(agency) && (unverified || !agency.equals(row.agencyCode()))) {
                byTicket.put(row.ticket(), agency);
            }
        }
        return byTicket;
    }

    private static String where(WallFilter filter, Instant now, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("where ").append(PerformanceFigures.OPEN).append(" and r.submitted_at >= :since");
        params.put("since", utc(filter.wallPeriod().since(now)));
        if (filter.category() != null) {
            where.append(" and r.category_code = :category");
            params.put("category", filter.category());
        }
        if (filter.district() != null) {
            where.append(" and r.district_code = :district");
            params.put("district", filter.district());
        }
        if (filter.agency() != null) {
            where.append(" and c.agency_code = :agency");
            params.put("agency", filter.agency());
        }
        if (filter.wallLight() != null) {
            where.append(" and ").append(Light.SQL).append(" = :light");
            params.put("light", filter.wallLight().name());
        }
        if (filter.likePattern() != null) {
            where.append(" and (lower(r.ticket) like :q escape '\\' or lower(r.description) like :q escape '\\')");
            params.put("q", filter.likePattern());
        }
        return where.toString();
    }

    private static WallRow row(ResultSet rs, int n) throws SQLException {
        return new WallRow(rs.getString("ticket"), rs.getString("category_code"), rs.getString("description"),
                ReportStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")),
                rs.getString("agency_code"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                rs.getString("district_code"), decimal(rs, "latitude"), decimal(rs, "longitude"),
                rs.getBoolean("reroute_requested"));
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** One page of the queue and the number of reports the filter matched in all. */
    public record Page(List<WallRow> rows, long total) {
    }

    /** One step of a report, numbered by its {@code report_event} id, with the report as it is now. */
    public record WallEvent(long id, String action, WallRow row) {
    }
}
