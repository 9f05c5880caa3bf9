package id.go.mimikakab.report;

import java.util.List;
import java.util.Optional;

import id.go.mimikakab.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of each category and where its reports go: the category's default agency, unless a
 * district has its own agency for that category.
 */
@Component
public class SlaPolicies {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private final Refreshing<java.util.Map<String, SlaPolicy>> byCategory;

    SlaPolicies(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.byCategory = new Refreshing<>(() -> all().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(SlaPolicy::categoryCode, p -> p)));
    }

    /** The policy of a category (the national defaults when none is set), from a copy kept a few seconds. */
    public SlaPolicy of(String categoryCode) {
        return byCategory.get().getOrDefault(categoryCode, SlaPolicy.defaults(categoryCode));
    }

    @Transactional(readOnly = true)
    public List<SlaPolicy> all() {
        return jdbc.sql("select * from sla_policy order by category_code")
                .query((rs, n) -> new SlaPolicy(rs.getString("category_code"), rs.getInt("verification_days"),
                        rs.getInt("follow_up_days"), rs.getInt("completion_days"), rs.getBoolean("auto_route")))
                .list();
    }

    /** Changes a category's deadlines; reports already running keep the deadline they were given. */
    @Transactional
    public void change(SlaPolicy policy) {
        SlaPolicy before = of(policy.categoryCode());
        int updated = jdbc.sql("""
                        update sla_policy set verification_days = :verificationDays, follow_up_days = :followUpDays,
                            completion_days = :completionDays, auto_route = :autoRoute
                        where category_code = :categoryCode""")
                .paramSource(policy)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into sla_policy (category_code, verification_days, follow_up_days, completion_days, auto_route)
                            values (:categoryCode, :verificationDays, :followUpDays, :completionDays, :autoRoute)""")
                    .paramSource(policy)
                    .update();
        }
        audit.record("SLA_POLICY_CHANGED", "category", policy.categoryCode(), before, policy);
        byCategory.invalidate();
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
