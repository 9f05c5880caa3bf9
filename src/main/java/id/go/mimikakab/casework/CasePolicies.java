package id.go.mimikakab.casework;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.system.AfterCommit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service levels of each kind of case: for a subject (a report category, a service) and a step of its
 * lifecycle, the working days the party who owes the step has. A subject without its own value for a step takes
 * the kind's default (subject {@value #ANY_SUBJECT}), which is data too, loaded by the migrations: for reports the
 * national 3 days to verify, 5 to follow up and 14 to complete. Every deadline reads these values from a copy
 * kept for a few seconds, so a change on another node applies within {@link #KEPT_FOR}; on this node at once,
 * after its transaction commits. Callers record their changes in the audit trail.
 */
@Component
public class CasePolicies {

    /** The subject whose values every subject of the kind takes unless it has its own. */
    public static final String ANY_SUBJECT = "*";
    static final Duration KEPT_FOR = Duration.ofSeconds(5);
    private static final Pattern STEP = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final JdbcClient jdbc;
    private final LoadingCache<CaseKind, Map<String, Map<String, Integer>>> bySubject;

    CasePolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.bySubject = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).build(this::load);
    }

    /**
     * The working days of {@code step} for the subject, or the kind's default for that step.
     *
     * @throws IllegalStateException when neither the subject nor the kind has a value for the step
     */
    public WorkingDays days(CaseKind kind, String subject, String step) {
        Map<String, Map<String, Integer>> kindPolicies = bySubject.get(kind);
        Integer days = kindPolicies.getOrDefault(subject, Map.of()).get(step);
        if (days == null) {
            days = kindPolicies.getOrDefault(ANY_SUBJECT, Map.of()).get(step);
        }
        if (days == null) {
            throw new IllegalStateException("No service level for step " + step + " of " + kind + " " + subject);
        }
        return WorkingDays.of(days);
    }

    /** The subject's effective working days per step: the kind's defaults, overridden by the subject's own values. */
    public Map<String, Integer> of(CaseKind kind, String subject) {
        Map<String, Map<String, Integer>> kindPolicies = bySubject.get(kind);
        Map<String, Integer> effective = new TreeMap<>(kindPolicies.getOrDefault(ANY_SUBJECT, Map.of()));
        effective.putAll(kindPolicies.getOrDefault(subject, Map.of()));
        return effective;
    }

    /** Every subject of the kind with values of its own, and their values per step. */
    public Map<String, Map<String, Integer>> subjectsOf(CaseKind kind) {
        Map<String, Map<String, Integer>> own = new TreeMap<>(bySubject.get(kind));
        own.remove(ANY_SUBJECT);
        return own;
    }

    /**
     * Sets the subject's working days for the given steps (each 1 to 365); cases already running keep the deadline
     * they were given. Applies on this node once the caller's transaction commits.
     */
    @Transactional
    public void change(CaseKind kind, String subject, Map<String, Integer> daysByStep) {
        for (Map.Entry<String, Integer> entry : daysByStep.entrySet()) {
            if (!STEP.matcher(entry.getKey()).matches()) {
                throw new IllegalArgumentException("Not a step name: " + entry.getKey());
            }
            WorkingDays.of(entry.getValue());
            int updated = jdbc.sql("update case_policy set working_days = :days where kind = :kind and subject_code = :subject and step = :step")
                    .param("days", entry.getValue()).param("kind", kind.name()).param("subject", subject).param("step", entry.getKey())
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into case_policy (kind, subject_code, step, working_days) values (:kind, :subject, :step, :days)")
                        .param("kind", kind.name()).param("subject", subject).param("step", entry.getKey()).param("days", entry.getValue())
                        .update();
            }
        }
        AfterCommit.run(() -> bySubject.invalidate(kind));
    }

    private Map<String, Map<String, Integer>> load(CaseKind kind) {
        Map<String, Map<String, Integer>> policies = new LinkedHashMap<>();
        List<Row> rows = jdbc.sql("select subject_code, step, working_days from case_policy where kind = :kind")
                .param("kind", kind.name())
                .query((rs, n) -> new Row(rs.getString("subject_code"), rs.getString("step"), rs.getInt("working_days")))
                .list();
        for (Row row : rows) {
            policies.computeIfAbsent(row.subject(), s -> new TreeMap<>()).put(row.step(), row.days());
        }
        policies.replaceAll((subject, steps) -> Map.copyOf(steps));
        return Map.copyOf(policies);
    }

    private record Row(String subject, String step, int days) {
    }
}
