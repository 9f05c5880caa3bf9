package id.go.mimikakab.dashboard.web;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may download what, the same rules as the dashboard screens: leaders, the command centre and
 * administrators take the whole regency; an agency head takes their own agency's files only.
 */
final class ExportAccess {

    private ExportAccess() {
    }

    static void requireRegencyView() {
        Role role = SignedIn.required().role();
        if (role != Role.LEADER && role != Role.ADMIN && role != Role.COMMAND_CENTER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Regency exports are for leaders and the command centre");
        }
    }

    static void requireAgencyView(String agencyCode) {
        StaffMember me = SignedIn.required();
        if (!(me.role() == Role.AGENCY_HEAD && me.worksFor(agencyCode))) {
            requireRegencyView();
        }
    }
}
