package id.go.mimikakab.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.AfterCommit;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds and maintains report categories and their default agencies; every change is audited. */
@Component
public class ReportCategories {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final AgencyDirectory agencies;
    private final Clock clock;

    private final LoadingCache<Boolean, Set<String>> activeCodes;

    ReportCategories(JdbcClient jdbc, AuditTrail audit, AgencyDirectory agencies, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
        this.clock = clock;
        this.activeCodes = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).build(active -> Set.copyOf(
                jdbc.sql("select code from report_category where active = true").query(String.class).list()));
    }

    /** Whether citizens may choose this category now; answered from a copy kept a few seconds. */
    public boolean isActive(String code) {
        return activeCodes.get(true).contains(code);
    }

    @Transactional(readOnly = true)
    public List<ReportCategory> all() {
        return jdbc.sql("select * from report_category order by sort_order, name").query(ReportCategories::category).list();
    }

    @Transactional(readOnly = true)
    public List<ReportCategory> active() {
        return jdbc.sql("select * from report_category where active = true order by sort_order, name")
                .query(ReportCategories::category).list();
    }

    @Transactional(readOnly = true)
    public Optional<ReportCategory> find(String code) {
        return jdbc.sql("select * from report_category where code = :code").param("code", code)
                .query(ReportCategories::category).optional();
    }

    @Transactional
    public ReportCategory add(ReportCategory category) {
        requireAgency(category.defaultAgencyCode());
        try {
            jdbc.sql("""
                            insert into report_category (code, name, default_agency_code, examples, active, sort_order,
                                                         changed_at)
                            values (:code, :name, :defaultAgencyCode, :examples, :active, :sortOrder, :now)""")
                    .params(categoryParams(category))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CategoryCodeTakenException(category.code());
        }
        audit.record("CATEGORY_ADDED", "category", category.code(), null, category);
        AfterCommit.run(activeCodes::invalidateAll);
        return category;
    }

    @Transactional
    public ReportCategory change(ReportCategory changed) {
        ReportCategory before = find(changed.code()).orElseThrow(() -> new NotFoundException("No category " + changed.code()));
        requireAgency(changed.defaultAgencyCode());
        if (before.equals(changed)) {
            return before;
        }
        jdbc.sql("""
                        update report_category set name = :name, default_agency_code = :defaultAgencyCode,
                               examples = :examples, active = :active, sort_order = :sortOrder, changed_at = :now
                        where code = :code""")
                .params(categoryParams(changed))
                .update();
        audit.record("CATEGORY_CHANGED", "category", changed.code(), before, changed);
        AfterCommit.run(activeCodes::invalidateAll);
        return changed;
    }

    /**
     * When the catalogue of categories last changed (a category added or changed, or a migration that changed
     * them or their questions), so that outside systems know when to read it again.
     */
    @Transactional(readOnly = true)
    public Instant lastChanged() {
        return jdbc.sql("select max(changed_at) as changed from report_category")
                .query((rs, n) -> ReportStore.instant(rs, "changed"))
                .single();
    }

    private Map<String, Object> categoryParams(ReportCategory c) {
        Map<String, Object> params = new HashMap<>();
        params.put("code", c.code());
        params.put("name", c.name());
        params.put("defaultAgencyCode", c.defaultAgencyCode());
        params.put("examples", c.examples());
        params.put("active", c.active());
        params.put("sortOrder", c.sortOrder());
        params.put("now", ReportStore.utc(clock.instant()));
        return params;
    }

    private void requireAgency(String code) {
        if (agencies.find(code).isEmpty()) {
            throw new IllegalArgumentException("Unknown agency " + code);
        }
    }

    private static ReportCategory category(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReportCategory(rs.getString("code"), rs.getString("name"), rs.getString("default_agency_code"),
                rs.getString("examples"), rs.getBoolean("active"), rs.getInt("sort_order"));
    }
}
