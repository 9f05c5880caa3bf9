package id.go.mimikakab.casework;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Stores cases in {@code work_case}, the read model every dashboard, list and the escalation job query. Owners
 * call it inside their own transaction, so a case and its owner's record always change together; owners that
 * load their record and its case in one query select {@link #COLUMNS} and map them with {@link #read}.
 */
@Component
public class CaseFiles {

    /** The columns of a case aliased {@code c}, prefixed {@code c_}, for an owner's join ({@code join work_case c on …}). */
    public static final String COLUMNS = "c.id as c_id, c.kind as c_kind, c.reference as c_reference, "
            + "c.subject_code as c_subject_code, c.summary as c_summary, c.confidential as c_confidential, "
            + "c.district_code as c_district_code, c.village_code as c_village_code, c.latitude as c_latitude, "
            + "c.longitude as c_longitude, c.opened_at as c_opened_at, c.stage as c_stage, c.waiting_on as c_waiting_on, "
            + "c.agency_code as c_agency_code, c.assignee as c_assignee, c.needs_routing as c_needs_routing, "
            + "c.due_at as c_due_at, c.paused_remaining as c_paused_remaining, c.assigned_at as c_assigned_at, "
            + "c.answered_at as c_answered_at, c.answered_by as c_answered_by, c.answer_late as c_answer_late, "
            + "c.answer_working_days as c_answer_working_days, c.late as c_late, c.closed_at as c_closed_at, "
            + "c.escalation_level as c_escalation_level";

    private static final String INSERT = """
            insert into work_case (kind, reference, subject_code, summary, confidential, district_code, village_code,
                latitude, longitude, opened_at, stage, waiting_on, agency_code, assignee, needs_routing, due_at,
                paused_remaining, assigned_at, answered_at, answered_by, answer_late, answer_working_days, late,
                closed_at, escalation_level)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    CaseFiles(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Stores a new case and gives it its id. */
    public void insert(CaseFile c) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT, new String[] { "id" });
            bind(ps, row(c));
            return ps;
        }, keys);
        c.storedAs(keys.getKeyAs(Number.class).longValue());
    }

    /** Stores several new cases in one batched statement and gives each its id. */
    public void insertAll(List<CaseFile> cases) {
        if (cases.isEmpty()) {
            return;
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] { "id" }),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        bind(ps, row(cases.get(i)));
                    }

                    @Override
                    public int getBatchSize() {
                        return cases.size();
                    }
                }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != cases.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " keys for " + cases.size() + " cases");
        }
        for (int i = 0; i < cases.size(); i++) {
            cases.get(i).storedAs(((Number) ids.get(i).values().iterator().next()).longValue());
        }
    }

    /** Writes the case's changing state; its owner's record carries the version that guards concurrent changes. */
    public void update(CaseFile c) {
        if (c.id() == null) {
            throw new IllegalStateException("Case " + c.reference() + " was never stored");
        }
        jdbc.sql("""
                        update work_case set stage = :stage, waiting_on = :waitingOn, agency_code = :agency, assignee = :assignee,
                            needs_routing = :needsRouting, due_at = :dueAt, paused_remaining = :paused, assigned_at = :assignedAt,
                            answered_at = :answeredAt, answered_by = :answeredBy, answer_late = :answerLate,
                            answer_working_days = :answerDays, late = :late, closed_at = :closedAt, escalation_level = :escalation
                        where id = :id""")
                .param("stage", c.stage())
                .param("waitingOn", c.waitingOn() == null ? null : c.waitingOn().name())
                .param("agency", c.agencyCode())
                .param("assignee", c.assignee())
                .param("needsRouting", c.needsRouting())
                .param("dueAt", utc(c.dueAt()))
                .param("paused", c.pausedRemaining())
                .param("assignedAt", utc(c.assignedAt()))
                .param("answeredAt", utc(c.answeredAt()))
                .param("answeredBy", c.answeredBy())
                .param("answerLate", c.answerLate())
                .param("answerDays", c.answerWorkingDays())
                .param("late", c.late())
                .param("closedAt", utc(c.closedAt()))
                .param("escalation", c.escalationLevel())
                .param("id", c.id())
                .update();
    }

    public Optional<CaseFile> find(CaseKind kind, String reference) {
        return jdbc.sql("select " + COLUMNS + " from work_case c where c.kind = :kind and c.reference = :reference")
                .param("kind", kind.name())
                .param("reference", reference)
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** The case in a row that selected {@link #COLUMNS}. */
    public static CaseFile read(ResultSet rs) throws SQLException {
        String waitingOn = rs.getString("c_waiting_on");
        boolean answerLate = rs.getBoolean("c_answer_late");
        Boolean answerLateOrNull = rs.wasNull() ? null : answerLate;
        CaseFile.Stored state = new CaseFile.Stored(waitingOn == null ? null : Party.valueOf(waitingOn),
                rs.getString("c_agency_code"), rs.getString("c_assignee"), rs.getBoolean("c_needs_routing"),
                instant(rs, "c_due_at"), integer(rs, "c_paused_remaining"), instant(rs, "c_assigned_at"),
                instant(rs, "c_answered_at"), rs.getString("c_answered_by"), answerLateOrNull,
                integer(rs, "c_answer_working_days"), rs.getBoolean("c_late"), instant(rs, "c_closed_at"),
                rs.getInt("c_escalation_level"));
        CasePlace place = new CasePlace(rs.getString("c_district_code"), rs.getString("c_village_code"),
                decimal(rs, "c_latitude"), decimal(rs, "c_longitude"));
        return CaseFile.restored(rs.getLong("c_id"), CaseKind.valueOf(rs.getString("c_kind")), rs.getString("c_reference"),
                rs.getString("c_subject_code"), rs.getString("c_summary"), rs.getBoolean("c_confidential"), place,
                instant(rs, "c_opened_at"), rs.getString("c_stage"), state);
    }

    private static Object[] row(CaseFile c) {
        CasePlace p = c.place();
        return new Object[] { c.kind().name(), c.reference(), c.subjectCode(), c.summary(), c.confidential(),
            p.districtCode(), p.villageCode(), p.latitude(), p.longitude(), utc(c.openedAt()), c.stage(),
            c.waitingOn() == null ? null : c.waitingOn().name(), c.agencyCode(), c.assignee(), c.needsRouting(),
            utc(c.dueAt()), c.pausedRemaining(), utc(c.assignedAt()), utc(c.answeredAt()), c.answeredBy(),
            c.answerLate(), c.answerWorkingDays(), c.late(), utc(c.closedAt()), c.escalationLevel() };
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
        }
    }

    /** A moment as the UTC value every {@code timestamp with time zone} column is written with. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A moment read back from a {@code timestamp with time zone} column. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
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
}
