package id.go.mimikakab.account;

/** What a member of staff may see and do. */
public enum Role {
    /** Admin Diskominfo: reference data, people and roles, calendar, audit trail. */
    ADMIN(false),
    /** Operator MCC: verifies and routes every citizen report, watches the whole regency. */
    COMMAND_CENTER(false),
    /** Kepala OPD: coordinates their agency's follow-ups and sees its performance. */
    AGENCY_HEAD(true),
    /** PIC OPD or Admin Penghubung: works their agency's inbox. */
    AGENCY_STAFF(true),
    /** Bupati, Wakil Bupati or Sekda: sees everything, changes nothing. */
    LEADER(false),
    /** Petugas loket of a Puskesmas, RSUD or Pustu: runs the unit's queue; the units are kept by the health module. */
    HEALTH_UNIT_STAFF(false);

    private final boolean boundToAgency;

    Role(boolean boundToAgency) {
        this.boundToAgency = boundToAgency;
    }

    /** Whether a person with this role must belong to exactly one agency. */
    public boolean boundToAgency() {
        return boundToAgency;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
