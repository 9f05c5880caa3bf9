package id.go.mimikakab.account;

import java.io.Serializable;
import java.security.Principal;

/**
 * The signed-in member of staff as other modules see them: who they are, their role and, for agency
 * roles, the agency whose work they may see and act on.
 */
public record StaffMember(long id, String username, String displayName, Role role, String agencyCode)
        implements Serializable, Principal {

    /** The username, which is how the audit trail and Spring Security name a member of staff. */
    @Override
    public String getName() {
        return username;
    }

    /** Whether this person may act on work assigned to the given agency. */
    public boolean worksFor(String agency) {
        return role.boundToAgency() && agencyCode != null && agencyCode.equals(agency);
    }
}
