package id.go.mimikakab.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.CasePolicies;
import id.go.mimikakab.system.AfterCommit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of each category and where its reports go: the working days of each step are the case
 * mechanism's service levels for reports ({@link CasePolicies}, the national defaults unless a category has its
 * own); whether a category skips verification, and the category's default agency unless a district has its own
 * agency for it, are the reports' routing.
 */
@Component
public class SlaPolicies {

    static final String VERIFICATION = "VERIFICATION";
    static final String FOLLOW_UP = "FOLLOW_UP";
    static final String COMPLETION = "COMPLETION";

    private final JdbcClient jdbc;
    private final CasePolicies policies;
    private final AuditTrail audit;
    private final LoadingCache<String, Boolean> autoRoute;

    SlaPolicies(JdbcClient jdbc, CasePolicies policies, AuditTrail audit) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.audit = audit;
        this.autoRoute = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).maximumSize(1000)
                .build(code -> jdbc.sql("select auto_route from report_category where code = :c").param("c", code)
                        .query(Boolean.class).optional().orElse(false));
    }

    /** The policy of a category, from copies kept a few seconds. */
    public SlaPolicy of(String categoryCode) {
        Map<String, Integer> days = policies.of(CaseKind.REPORT, categoryCode);
        return new SlaPolicy(categoryCode, days.get(VERIFICATION), days.get(FOLLOW_UP), days.get(COMPLETION),
                autoRoute.get(categoryCode));
    }

    /** The policy of every category, in the categories' order. */
    @Transactional(readOnly = true)
    public List<SlaPolicy> all() {
        return jdbc.sql("select code from report_category order by sort_order, name").query(String.class).list()
                .stream().map(this::of).toList();
    }

    /** Changes a category's deadlines and routing; reports already running keep the deadline they were given. */
    @Transactional
    public void change(SlaPolicy policy) {
        SlaPolicy before = of(policy.categoryCode());
        policies.change(CaseKind.REPORT, policy.categoryCode(), Map.of(VERIFICATION, policy.verificationDays(),
                FOLLOW_UP, policy.followUpDays(), COMPLETION, policy.completionDays()));
        jdbc.sql("update report_category set auto_route = :auto where code = :code")
                .param("auto", policy.autoRoute()).param("code", policy.categoryCode()).update();
        audit.record("SLA_POLICY_CHANGED", "category", policy.categoryCode(), before, policy);
        AfterCommit.run(() -> autoRoute.invalidate(policy.categoryCode()));
    }

    /** The agency a report of this category in this district goes to. */
    @Transactional(readOnly = true)
    public String agencyFor(String categoryCode, String districtCode) {
        Optional<String> override = districtCode == null ? Optional.empty()
                : jdbc.sql("select agency_code from district_route where category_code = :c and district_code = :d")
                        .param("c", categoryCode).param("d", districtCode).query(String.class).optional();
        return override.orElseGet(() -> jdbc.sql("select default_agency_code from report_category where code = :c")
                .param("c", categoryCode).query(String.class).single());
    }

    /** Sends one category's reports from one district to another agency than the category's default. */
    @Transactional
    public void routeInDistrict(String categoryCode, String districtCode, String agencyCode) {
        jdbc.sql("delete from district_route where category_code = :c and district_code = :d")
                .param("c", categoryCode).param("d", districtCode).update();
        if (agencyCode != null) {
            jdbc.sql("insert into district_route (category_code, district_code, agency_code) values (:c, :d, :a)")
                    .param("c", categoryCode).param("d", districtCode).param("a", agencyCode).update();
        }
        audit.record("DISTRICT_ROUTE_CHANGED", "category", categoryCode, null,
                districtCode + " -> " + (agencyCode == null ? "default" : agencyCode));
    }
}
