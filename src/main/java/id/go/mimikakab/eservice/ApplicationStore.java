package id.go.mimikakab.eservice;

import static id.go.mimikakab.casework.CaseFiles.instant;
import static id.go.mimikakab.casework.CaseFiles.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.casework.CaseFiles;
import id.go.mimikakab.casework.Light;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Stores applications with their case ({@link CaseFiles}) in the caller's transaction: the application row, its
 * answers, its documents' records, and the steps of its timeline with the corrections asked for. A change to an
 * application that another request changed first is refused by its version.
 */
@Component
class ApplicationStore {

    private static final String SELECT = "select a.id, a.reference, a.service_code, a.citizen_id, a.submitted_at, a.decided_at, "
            + "a.decision_reason, a.legal_basis, a.document_code, a.late_step, a.version, " + CaseFiles.COLUMNS
            + " from service_application a join work_case c on c.id = a.case_id";
    private static final String SUMMARY = "select a.reference, a.service_code, s.name, c.agency_code, c.stage, c.due_at, "
            + "a.submitted_at, c.late, " + Light.SQL + " as light from service_application a join work_case c on c.id = a.case_id "
            + "join service_catalogue s on s.code = a.service_code";

    private final JdbcClient jdbc;
    private final CaseFiles cases;

    ApplicationStore(JdbcClient jdbc, CaseFiles cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    void insert(ServiceApplication a, Map<String, String> answers, String idempotencyKey, String requestHash) {
        cases.insert(a.caseFile());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into service_application (reference, case_id, service_code, citizen_id, submitted_at, late_step,
                            idempotency_key, request_hash, version)
                        values (:reference, :caseId, :service, :citizen, :at, false, :key, :hash, 0)""")
                .param("reference", a.number().value()).param("caseId", a.caseFile().id()).param("service", a.serviceCode())
                .param("citizen", a.citizenId()).param("at", utc(a.submittedAt())).param("key", idempotencyKey)
                .param("hash", requestHash)
                .update(keys, "id");
        a.storedAs(keys.getKeyAs(Number.class).longValue());
        answers.forEach((field, answer) -> insertAnswer(a.id(), field, answer));
        steps(a);
        a.stepsStored();
    }

    void update(ServiceApplication a) {
        int updated = jdbc.sql("""
                        update service_application set decided_at = :decided, decision_reason = :reason, legal_basis = :basis,
                            document_code = :document, late_step = :late, version = version + 1
                        where id = :id and version = :version""")
                .param("decided", utc(a.decidedAt())).param("reason", a.decisionReason()).param("basis", a.legalBasis())
                .param("document", a.documentCode()).param("late", a.lateStep()).param("id", a.id()).param("version", a.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Application " + a.number() + " was changed meanwhile");
        }
        cases.update(a.caseFile());
        steps(a);
        a.versionStored();
    }

    Optional<ServiceApplication> find(ApplicationNumber number) {
        return jdbc.sql(SELECT + " where a.reference = :reference").param("reference", number.value())
                .query((rs, n) -> read(rs)).optional();
    }

    /** The application a citizen submitted with this idempotency key, and the hash of what was submitted. */
    Optional<String[]> byIdempotencyKey(long citizenId, String key) {
        return jdbc.sql("select reference, request_hash from service_application where citizen_id = :citizen and idempotency_key = :key")
                .param("citizen", citizenId).param("key", key)
                .query((rs, n) -> new String[] { rs.getString("reference"), rs.getString("request_hash") }).optional();
    }

    Map<String, String> answers(long applicationId) {
        Map<String, String> answers = new LinkedHashMap<>();
        jdbc.sql("select field_code, answer from application_answer where application_id = :id order by field_code")
                .param("id", applicationId).query(rs -> {
                    answers.put(rs.getString("field_code"), rs.getString("answer"));
                });
        return answers;
    }

    void replaceAnswer(long applicationId, String field, String answer) {
        jdbc.sql("delete from application_answer where application_id = :id and field_code = :field")
                .param("id", applicationId).param("field", field).update();
        insertAnswer(applicationId, field, answer);
    }

    List<StoredDocument> documents(long applicationId) {
        return jdbc.sql("""
                        select id, field_code, store_key, content_type, size_bytes, file_name, uploaded_at, replaced_at, archived_at
                        from application_document where application_id = :id order by field_code, uploaded_at""")
                .param("id", applicationId)
                .query((rs, n) -> new StoredDocument(rs.getLong("id"), rs.getString("field_code"), rs.getString("store_key"),
                        rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("file_name"),
                        instant(rs, "uploaded_at"), instant(rs, "replaced_at"), instant(rs, "archived_at")))
                .list();
    }

    /** Records a checked document for a field; the field's earlier document, if any, counts as replaced. */
    void addDocument(long applicationId, String field, String storeKey, String contentType, int size, String fileName, Instant now) {
        jdbc.sql("update application_document set replaced_at = :now where application_id = :id and field_code = :field and replaced_at is null")
                .param("now", utc(now)).param("id", applicationId).param("field", field).update();
        jdbc.sql("""
                        insert into application_document (application_id, field_code, store_key, content_type, size_bytes, file_name,
                            uploaded_at) values (:id, :field, :key, :type, :size, :name, :now)""")
                .param("id", applicationId).param("field", field).param("key", storeKey).param("type", contentType)
                .param("size", size).param("name", fileName).param("now", utc(now)).update();
    }

    List<ApplicationStep> timeline(long applicationId) {
        Map<Long, Map<String, String>> corrections = new LinkedHashMap<>();
        jdbc.sql("""
                        select k.event_id, k.field_code, k.reason from application_correction k
                        join application_event e on e.id = k.event_id where e.application_id = :id order by k.field_code""")
                .param("id", applicationId).query(rs -> {
                    corrections.computeIfAbsent(rs.getLong("event_id"), e -> new LinkedHashMap<>())
                            .put(rs.getString("field_code"), rs.getString("reason"));
                });
        return jdbc.sql("select * from application_event where application_id = :id order by at, id").param("id", applicationId)
                .query((rs, n) -> new ApplicationStep(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                        ApplicationStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getBoolean("late"),
                        corrections.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    List<ApplicationSummary> ofCitizen(long citizenId, Instant now) {
        return jdbc.sql(SUMMARY + " where a.citizen_id = :citizen order by a.submitted_at desc").param("citizen", citizenId)
                .param("now", utc(now)).query((rs, n) -> summary(rs)).list();
    }

    /** The agency's applications, open ones first by deadline, then the latest closed ones; at most {@code limit}. */
    List<ApplicationSummary> ofAgency(String agencyCode, Instant now, int limit) {
        return jdbc.sql(SUMMARY + " where c.agency_code = :agency and c.kind = 'APPLICATION' "
                        + "order by case when c.closed_at is null then 0 else 1 end, c.due_at, a.submitted_at desc")
                .param("agency", agencyCode).param("now", utc(now)).query((rs, n) -> summary(rs)).list()
                .stream().limit(limit).toList();
    }

    /**
     * The open applications waiting on an agency (of one agency, of one district, or of the regency when both are
     * null; only the red or late ones when asked), the overdue first, then by deadline and submission.
     */
    List<ApplicationSummary> waiting(String agencyCode, String districtCode, boolean redOrLateOnly, Instant now, int limit) {
        StringBuilder where = new StringBuilder(" where c.kind = 'APPLICATION' and c.closed_at is null and c.waiting_on = 'AGENCY'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (agencyCode != null) {
            where.append(" and c.agency_code = :agency");
            params.put("agency", agencyCode);
        }
        if (districtCode != null) {
            where.append(" and c.district_code = :district");
            params.put("district", districtCode);
        }
        if (redOrLateOnly) {
            where.append(" and (c.due_at < :now or c.late = true)");
        }
        params.put("now", utc(now));
        params.put("limit", limit);
        return jdbc.sql(SUMMARY + where + " order by case when c.due_at < :now then 0 else 1 end, c.due_at, a.submitted_at limit :limit")
                .params(params).query((rs, n) -> summary(rs)).list();
    }

    private static ApplicationSummary summary(ResultSet rs) throws SQLException {
        return new ApplicationSummary(rs.getString("reference"), rs.getString("service_code"), rs.getString("name"),
                rs.getString("agency_code"), ApplicationStatus.valueOf(rs.getString("stage")), Light.valueOf(rs.getString("light")),
                instant(rs, "due_at"), instant(rs, "submitted_at"), rs.getBoolean("late"));
    }

    private void insertAnswer(long applicationId, String field, String answer) {
        jdbc.sql("insert into application_answer (application_id, field_code, answer) values (:id, :field, :answer)")
                .param("id", applicationId).param("field", field).param("answer", answer).update();
    }

    private void steps(ServiceApplication a) {
        for (ApplicationStep step : a.recordedSteps()) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into application_event (application_id, at, actor, action, status, note, late)
                            values (:id, :at, :actor, :action, :status, :note, :late)""")
                    .param("id", a.id()).param("at", utc(step.at())).param("actor", step.actor()).param("action", step.action())
                    .param("status", step.status().name()).param("note", step.note()).param("late", step.late())
                    .update(keys, "id");
            long eventId = keys.getKeyAs(Number.class).longValue();
            step.corrections().forEach((field, reason) -> jdbc.sql(
                            "insert into application_correction (event_id, field_code, reason) values (:event, :field, :reason)")
                    .param("event", eventId).param("field", field).param("reason", reason).update());
        }
    }

    private static ServiceApplication read(ResultSet rs) throws SQLException {
        return ServiceApplication.restored(rs.getLong("id"), new ApplicationNumber(rs.getString("reference")),
                rs.getString("service_code"), rs.getLong("citizen_id"), instant(rs, "submitted_at"), CaseFiles.read(rs),
                instant(rs, "decided_at"), rs.getString("decision_reason"), rs.getString("legal_basis"),
                rs.getString("document_code"), rs.getBoolean("late_step"), rs.getInt("version"));
    }
}
