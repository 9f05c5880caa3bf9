package id.go.mimikakab.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.audit.AuditTrail;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Stores reports and their timelines with explicit SQL. Each stored timeline entry is also appended to the
 * audit trail, so that every state change of a report has its who, when and what there too.
 */
@Component
class ReportStore {

    private static final String INSERT_REPORT = """
            insert into report (ticket, kind, category_code, description, district_code, village_code,
                latitude, longitude, address, anonymous, confidential, reporter_name, reporter_phone, reporter_email,
                channel, recorded_by, status, agency_code, submitted_at, due_at,
                late, me_too, reroute_requested, escalation_level, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, false, 0, 0)""";
    private static final String INSERT_EVENT = """
            insert into report_event (report_id, at, actor, action, status, public_note, internal_note, agency_code, late)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditTrail audit;

    ReportStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditTrail audit) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.audit = audit;
    }

    void insert(Report r) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT_REPORT, new String[] { "id" });
            bind(ps, reportRow(r));
            return ps;
        }, keys);
        r.id = keys.getKeyAs(Number.class).longValue();
        if (r.status != ReportStatus.SUBMITTED) {
            writeState(r, false);
            r.version++;
        }
        storeEntries(List.of(r), null);
    }

    /**
     * Stores several new reports, each still {@link ReportStatus#SUBMITTED}, with their first timeline entries and
     * audit entries, in three batched statements instead of three per report.
     */
    void insertAll(List<Report> reports) {
        if (reports.stream().anyMatch(r -> r.status != ReportStatus.SUBMITTED)) {
            throw new IllegalArgumentException("Only submitted reports are stored in a batch");
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.batchUpdate(connection -> connection.prepareStatement(INSERT_REPORT, new String[] { "id" }),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        bind(ps, reportRow(reports.get(i)));
                    }

                    @Override
                    public int getBatchSize() {
                        return reports.size();
                    }
                }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != reports.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " keys for " + reports.size() + " reports");
        }
        for (int i = 0; i < reports.size(); i++) {
            reports.get(i).id = ((Number) ids.get(i).values().iterator().next()).longValue();
        }
        storeEntries(reports, null);
    }

    Optional<Report> find(TicketNumber ticket) {
        return jdbc.sql("select * from report where ticket = :ticket").param("ticket", ticket.value())
                .query(ReportStore::report).optional();
    }

    /** Saves a changed report if nobody else changed it since it was read; otherwise refuses. */
    void update(Report r, Snapshot before) {
        int updated = writeState(r, true);
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Report " + r.ticket + " was changed by someone else");
        }
        r.version++;
        storeEntries(List.of(r), before);
    }

    /** Writes the report's mutable state; with {@code checkVersion}, only if nobody changed it since it was read. */
    private int writeState(Report r, boolean checkVersion) {
        return jdbc.sql("""
                        update report set status = :status, agency_code = :agency, assignee = :assignee, due_at = :dueAt,
                            paused_remaining = :paused, routed_at = :routedAt, acknowledged_at = :acknowledgedAt,
                            followed_up_at = :followedUpAt, completed_at = :completedAt, close_due_at = :closeDueAt,
                            closed_at = :closedAt, completion_target_at = :targetAt, planned_for = :plannedFor,
                            late = :late, follow_up_late = :followUpLate, follow_up_working_days = :followUpDays, rejection_reason = :rejection,
                            merged_into = :mergedInto, rating = :rating, reroute_requested = :reroute,
                            escalation_level = :escalation, version = version + 1
                        where id = :id and (:anyVersion = true or version = :version)""")
                .param("status", r.status.name())
                .param("agency", r.agencyCode)
                .param("assignee", r.assignee)
                .param("dueAt", utc(r.dueAt))
                .param("paused", r.pausedRemaining)
                .param("routedAt", utc(r.routedAt))
                .param("acknowledgedAt", utc(r.acknowledgedAt))
                .param("followedUpAt", utc(r.followedUpAt))
                .param("completedAt", utc(r.completedAt))
                .param("closeDueAt", utc(r.closeDueAt))
                .param("closedAt", utc(r.closedAt))
                .param("targetAt", utc(r.completionTargetAt))
                .param("plannedFor", r.plannedFor)
                .param("late", r.late)
                .param("followUpLate", r.followUpLate)
                .param("followUpDays", r.followUpWorkingDays)
                .param("rejection", r.rejectionReason == null ? null : r.rejectionReason.name())
                .param("mergedInto", r.mergedInto)
                .param("rating", r.rating)
                .param("reroute", r.rerouteRequested)
                .param("escalation", r.escalationLevel)
                .param("id", r.id)
                .param("version", r.version)
                .param("anyVersion", !checkVersion)
                .update();
    }

    /** The reporters with an e-mail address whose reports were merged into this one as duplicates. */
    List<MergedReporter> mergedReporters(String ticket) {
        return jdbc.sql("select ticket, reporter_email from report where merged_into = :ticket and reporter_email is not null order by id")
                .param("ticket", ticket)
                .query((rs, n) -> new MergedReporter(rs.getString("ticket"), rs.getString("reporter_email")))
                .list();
    }

    /** Counts one "me too" from this voter unless they already voted on this report; true when counted. */
    boolean countMeToo(long id, String voter, Instant at) {
        try {
            jdbc.sql("insert into me_too_vote (report_id, voter, voted_at) values (:id, :voter, :at)")
                    .param("id", id).param("voter", voter).param("at", utc(at)).update();
        } catch (org.springframework.dao.DuplicateKeyException alreadyVoted) {
            return false;
        }
        jdbc.sql("update report set me_too = me_too + 1 where id = :id").param("id", id).update();
        return true;
    }

    List<TimelineEntry> timeline(long reportId) {
        return jdbc.sql("select * from report_event where report_id = :id order by at, id").param("id", reportId)
                .query((rs, n) -> new TimelineEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                        ReportStatus.valueOf(rs.getString("status")), rs.getString("public_note"),
                        rs.getString("internal_note"), rs.getString("agency_code"), rs.getBoolean("late")))
                .list();
    }

    /**
     * Appends the timeline entries recorded on the reports since they were loaded, and the same steps to the audit
     * trail, in one batched statement each; {@code before} is the state before the change, null for new reports.
     */
    private void storeEntries(List<Report> reports, Snapshot before) {
        List<Object[]> events = new ArrayList<>();
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (Report r : reports) {
            Snapshot after = Snapshot.of(r);
            for (TimelineEntry e : r.recordedEntries()) {
                events.add(new Object[] { r.id, utc(e.at()), e.actor(), e.action(), e.status().name(), e.publicNote(),
                    e.internalNote(), e.agencyCode(), e.late() });
                changes.add(new AuditTrail.Change(e.actor(), "REPORT_" + e.action(), "report", r.ticket.value(), before, after));
            }
            r.entriesStored();
        }
        if (!events.isEmpty()) {
            jdbcTemplate.batchUpdate(INSERT_EVENT, events);
        }
        audit.recordAllAs(changes);
    }

    /** The values of {@link #INSERT_REPORT} for a new report, in the order of its columns. */
    private static Object[] reportRow(Report r) {
        NewReport c = r.content;
        return new Object[] { r.ticket.value(), c.kind().name(), c.categoryCode(), c.description(),
            c.districtCode(), c.villageCode(), c.latitude(), c.longitude(), c.address(), c.anonymous(), c.confidential(),
            c.reporterName(), c.reporterPhone(), c.reporterEmail(), r.channel.name(), r.recordedBy, r.status.name(),
            r.agencyCode, utc(r.submittedAt), utc(r.dueAt) };
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
        }
    }

    /** What the audit trail keeps of a report's state around a change. */
    record Snapshot(ReportStatus status, String agencyCode, String assignee, Instant dueAt, boolean late) {
        static Snapshot of(Report r) {
            return new Snapshot(r.status, r.agencyCode, r.assignee, r.dueAt, r.late);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Report report(ResultSet rs, int row) throws SQLException {
        NewReport content = new NewReport(ReportKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
                rs.getString("description"), rs.getString("district_code"), rs.getString("village_code"),
                decimal(rs, "latitude"), decimal(rs, "longitude"), rs.getString("address"), rs.getBoolean("anonymous"),
                rs.getBoolean("confidential"), rs.getString("reporter_name"), rs.getString("reporter_phone"),
                rs.getString("reporter_email"));
        Report r = new Report(new TicketNumber(rs.getString("ticket")), content, Channel.valueOf(rs.getString("channel")),
                rs.getString("recorded_by"), instant(rs, "submitted_at"), ReportStatus.valueOf(rs.getString("status")));
        r.id = rs.getLong("id");
        r.agencyCode = rs.getString("agency_code");
        r.assignee = rs.getString("assignee");
        r.dueAt = instant(rs, "due_at");
        r.pausedRemaining = integer(rs, "paused_remaining");
        r.routedAt = instant(rs, "routed_at");
        r.acknowledgedAt = instant(rs, "acknowledged_at");
        r.followedUpAt = instant(rs, "followed_up_at");
        r.completedAt = instant(rs, "completed_at");
        r.closeDueAt = instant(rs, "close_due_at");
        r.closedAt = instant(rs, "closed_at");
        r.completionTargetAt = instant(rs, "completion_target_at");
        r.plannedFor = rs.getObject("planned_for", LocalDate.class);
        r.late = rs.getBoolean("late");
        boolean followUpLate = rs.getBoolean("follow_up_late");
        r.followUpLate = rs.wasNull() ? null : followUpLate;
        r.followUpWorkingDays = integer(rs, "follow_up_working_days");
        String rejection = rs.getString("rejection_reason");
        r.rejectionReason = rejection == null ? null : RejectionReason.valueOf(rejection);
        r.mergedInto = rs.getString("merged_into");
        r.rating = integer(rs, "rating");
        r.meToo = rs.getInt("me_too");
        r.rerouteRequested = rs.getBoolean("reroute_requested");
        r.escalationLevel = rs.getInt("escalation_level");
        r.version = rs.getInt("version");
        return r;
    }
}
