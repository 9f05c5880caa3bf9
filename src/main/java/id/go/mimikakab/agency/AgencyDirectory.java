package id.go.mimikakab.agency;

import java.util.List;
import java.util.Optional;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds and maintains the regency's agencies; every change is written to the audit trail. */
@Component
public class AgencyDirectory {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AgencyDirectory(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every agency, active or not, ordered by name. */
    @Transactional(readOnly = true)
    public List<Agency> all() {
        return jdbc.sql("select * from agency order by name").query(AgencyDirectory::agency).list();
    }

    /** The agencies that can receive work, ordered by name. */
    @Transactional(readOnly = true)
    public List<Agency> active() {
        return jdbc.sql("select * from agency where active = true order by name").query(AgencyDirectory::agency).list();
    }

    @Transactional(readOnly = true)
    public Optional<Agency> find(String code) {
        return jdbc.sql("select * from agency where code = :code").param("code", code)
                .query(AgencyDirectory::agency).optional();
    }

    /** Adds an agency; refused when the code is taken. */
    @Transactional
    public Agency add(Agency agency) {
        try {
            jdbc.sql("""
                            insert into agency (code, name, short_name, confirmed, active)
                            values (:code, :name, :shortName, :confirmed, :active)""")
                    .paramSource(agency)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AgencyCodeTakenException(agency.code());
        }
        audit.record("AGENCY_ADDED", "agency", agency.code(), null, agency);
        return agency;
    }

    /** Changes an agency's names, confirmation or activity; its code never changes. */
    @Transactional
    public Agency change(Agency changed) {
        Agency before = find(changed.code()).orElseThrow(() -> new NotFoundException("No agency " + changed.code()));
        if (before.equals(changed)) {
            return before;
        }
        jdbc.sql("""
                        update agency set name = :name, short_name = :shortName, confirmed = :confirmed, active = :active
                        where code = :code""")
                .paramSource(changed)
                .update();
        audit.record("AGENCY_CHANGED", "agency", changed.code(), before, changed);
        return changed;
    }

    private static Agency agency(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Agency(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                rs.getBoolean("confirmed"), rs.getBoolean("active"));
    }
}
