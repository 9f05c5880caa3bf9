package id.go.mimikakab.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.casework.CaseFile;
import id.go.mimikakab.casework.CaseFiles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
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
 * Stores reports, their cases and their timelines with explicit SQL, each report and its case in the same
 * transaction. Each stored timeline entry is also appended to the audit trail, so that every state change of a
 * report has its who, when and what there too, and the events the report registered are published in the same
 * transaction, so the event publication registry stores them with the change (and never without it).
 */
@Component
class ReportStore {

    /** A report joined with its case, as every read of a whole report selects it. */
    static final String SELECT = "select r.*, " + CaseFiles.COLUMNS + " from report r join work_case c on c.id = r.case_id ";

    private static final String INSERT_REPORT = """
            insert into report (ticket, case_id, kind, category_code, description, district_code, village_code,
                latitude, longitude, address, anonymous, confidential, reporter_name, reporter_phone, reporter_email,
                channel, recorded_by, submitted_at, me_too, reroute_requested, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, false, 0)""";
    private static final String INSERT_EVENT = """
            insert into report_event (report_id, at, actor, action, status, public_note, internal_note, agency_code, late)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final CaseFiles cases;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ReportStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, CaseFiles cases, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
    }

    void insert(Report r) {
        cases.insert(r.caseFile());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT_REPORT, new String[] { "id" });
            bind(ps, reportRow(r));
            return ps;
        }, keys);
        r.storedAs(keys.getKeyAs(Number.class).longValue());
        if (r.status() != ReportStatus.SUBMITTED || r.rerouteRequested()) {
            writeState(r, false);
            r.versionStored();
        }
        storeEntries(List.of(r), null);
        publishEvents(List.of(r));
    }

    /**
     * Stores several new reports, each still {@link ReportStatus#SUBMITTED}, with their cases, first timeline entries
     * and audit entries, in four batched statements instead of four per report.
     */
    void insertAll(List<Report> reports) {
        if (reports.stream().anyMatch(r -> r.status() != ReportStatus.SUBMITTED)) {
            throw new IllegalArgumentException("Only submitted reports are stored in a batch");
        }
        cases.insertAll(reports.stream().map(Report::caseFile).toList());
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
            reports.get(i).storedAs(((Number) ids.get(i).values().iterator().next()).longValue());
        }
        storeEntries(reports, null);
        publishEvents(reports);
    }

    Optional<Report> find(TicketNumber ticket) {
        return jdbc.sql(SELECT + "where r.ticket = :ticket").param("ticket", ticket.value())
                .query(ReportStore::report).optional();
    }

    /** Saves a changed report and its case if nobody else changed the report since it was read; otherwise refuses. */
    void update(Report r, Snapshot before) {
        int updated = writeState(r, true);
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Report " + r.ticket() + " was changed by someone else");
        }
        r.versionStored();
        cases.update(r.caseFile());
        storeEntries(List.of(r), before);
        publishEvents(List.of(r));
    }

    /** Writes what only the report keeps; with {@code checkVersion}, only if nobody changed it since it was read. */
    private int writeState(Report r, boolean checkVersion) {
        return jdbc.sql("""
                        update report set acknowledged_at = :acknowledgedAt, completed_at = :completedAt,
                            close_due_at = :closeDueAt, completion_target_at = :targetAt, planned_for = :plannedFor,
                            rejection_reason = :rejection, merged_into = :mergedInto, rating = :rating,
                            reroute_requested = :reroute, version = version + 1
                        where id = :id and (:anyVersion = true or version = :version)""")
                .param("acknowledgedAt", utc(r.acknowledgedAt()))
                .param("completedAt", utc(r.completedAt()))
                .param("closeDueAt", utc(r.closeDueAt()))
                .param("targetAt", utc(r.completionTargetAt()))
                .param("plannedFor", r.plannedFor())
                .param("rejection", r.rejectionReason() == null ? null : r.rejectionReason().name())
                .param("mergedInto", r.mergedInto())
                .param("rating", r.rating())
                .param("reroute", r.rerouteRequested())
                .param("id", r.id())
                .param("version", r.version())
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
        } catch (DuplicateKeyException alreadyVoted) {
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
                events.add(new Object[] { r.id(), utc(e.at()), e.actor(), e.action(), e.status().name(), e.publicNote(),
                    e.internalNote(), e.agencyCode(), e.late() });
                changes.add(new AuditTrail.Change(e.actor(), "REPORT_" + e.action(), "report", r.ticket().value(), before, after));
            }
            r.entriesStored();
        }
        if (!events.isEmpty()) {
            jdbcTemplate.batchUpdate(INSERT_EVENT, events);
        }
        audit.recordAllAs(changes);
    }

    private void publishEvents(List<Report> reports) {
        for (Report r : reports) {
            r.registeredEvents().forEach(events::publishEvent);
            r.eventsPublished();
        }
    }

    /** The values of {@link #INSERT_REPORT} for a new report, in the order of its columns. */
    private static Object[] reportRow(Report r) {
        NewReport c = r.content();
        return new Object[] { r.ticket().value(), r.caseFile().id(), c.kind().name(), c.categoryCode(), c.description(),
            c.districtCode(), c.villageCode(), c.latitude(), c.longitude(), c.address(), c.anonymous(), c.confidential(),
            c.reporterName(), c.reporterPhone(), c.reporterEmail(), r.channel().name(), r.recordedBy(), utc(r.submittedAt()) };
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
        }
    }

    /** What the audit trail keeps of a report's state around a change. */
    record Snapshot(ReportStatus status, String agencyCode, String assignee, Instant dueAt, boolean late) {
        static Snapshot of(Report r) {
            return new Snapshot(r.status(), r.agencyCode(), r.assignee(), r.dueAt(), r.late());
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return CaseFiles.utc(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return CaseFiles.instant(rs, column);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** A report row selected with {@link #SELECT}. */
    static Report report(ResultSet rs, int row) throws SQLException {
        NewReport content = new NewReport(ReportKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
                rs.getString("description"), rs.getString("district_code"), rs.getString("village_code"),
                decimal(rs, "latitude"), decimal(rs, "longitude"), rs.getString("address"), rs.getBoolean("anonymous"),
                rs.getBoolean("confidential"), rs.getString("reporter_name"), rs.getString("reporter_phone"),
                rs.getString("reporter_email"));
        CaseFile caseFile = CaseFiles.read(rs);
        String rejection = rs.getString("rejection_reason");
        Report.Stored state = new Report.Stored(instant(rs, "acknowledged_at"), instant(rs, "completed_at"),
                instant(rs, "close_due_at"), instant(rs, "completion_target_at"), rs.getObject("planned_for", LocalDate.class),
                rejection == null ? null : RejectionReason.valueOf(rejection), rs.getString("merged_into"),
                integer(rs, "rating"), rs.getInt("me_too"), rs.getBoolean("reroute_requested"), rs.getInt("version"));
        return Report.restored(rs.getLong("id"), new TicketNumber(rs.getString("ticket")), content,
                Channel.valueOf(rs.getString("channel")), rs.getString("recorded_by"), caseFile, state);
    }
}
