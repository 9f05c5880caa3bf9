package id.go.mimikakab.health;

import java.util.List;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with health units (decision 92): the administrator and the staff of Dinas Kesehatan keep every unit;
 * a member with the role HEALTH_UNIT_STAFF runs the counter of the units they are assigned to, and edits those units'
 * hours and quotas.
 */
@Component
public class HealthAccess {

    /** The agency whose staff keep the health units. */
    public static final String HEALTH_AGENCY = "DINKES";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    HealthAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the member keeps every unit: Admin Diskominfo or staff of Dinas Kesehatan. */
    public boolean keepsAllUnits(StaffMember member) {
        return member.role() == Role.ADMIN || member.worksFor(HEALTH_AGENCY);
    }

    /** Whether the member may run this unit's counter and edit its hours and quotas. */
    @Transactional(readOnly = true)
    public boolean runs(StaffMember member, String unitCode) {
        return keepsAllUnits(member) || member.role() == Role.HEALTH_UNIT_STAFF && unitsOf(member.username()).contains(unitCode);
    }

    /** The units a member of unit staff is assigned to. */
    @Transactional(readOnly = true)
    public List<String> unitsOf(String username) {
        return jdbc.sql("select unit_code from health_unit_staff where username = :u order by unit_code")
                .param("u", username).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<String> staffOf(String unitCode) {
        return jdbc.sql("select username from health_unit_staff where unit_code = :unit order by username")
                .param("unit", unitCode).query(String.class).list();
    }

    /** Assigns a member of staff (by username) to a unit's counter. */
    @Transactional
    public void assign(String username, String unitCode) {
        if (unitsOf(username).contains(unitCode)) {
            return;
        }
        jdbc.sql("insert into health_unit_staff (username, unit_code) values (:u, :unit)")
                .param("u", username).param("unit", unitCode).update();
        audit.record("HEALTH_STAFF_ASSIGNED", "health_unit", unitCode, null, username);
    }

    @Transactional
    public void unassign(String username, String unitCode) {
        if (jdbc.sql("delete from health_unit_staff where username = :u and unit_code = :unit")
                .param("u", username).param("unit", unitCode).update() > 0) {
            audit.record("HEALTH_STAFF_UNASSIGNED", "health_unit", unitCode, username, null);
        }
    }
}
