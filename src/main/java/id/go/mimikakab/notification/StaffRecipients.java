package id.go.mimikakab.notification;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffAccount;
import id.go.mimikakab.account.StaffAccounts;

import org.springframework.stereotype.Component;

/** Finds the e-mail addresses of the people an escalation concerns: enabled accounts that have an address. */
@Component
class StaffRecipients {

    private static final Set<Role> AGENCY_PICS = Set.of(Role.AGENCY_STAFF, Role.AGENCY_HEAD);

    private final StaffAccounts accounts;

    StaffRecipients(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /** The PIC in charge of a report if they can be reached, otherwise the agency's staff and head(s). */
    List<String> picsOf(String agencyCode, String assignee) {
        if (assignee != null) {
            List<String> inCharge = emails(a -> a.username().equals(assignee) && agencyCode != null
                    && agencyCode.equals(a.agencyCode()));
            if (!inCharge.isEmpty()) {
                return inCharge;
            }
        }
        return emails(a -> AGENCY_PICS.contains(a.role()) && agencyCode != null && agencyCode.equals(a.agencyCode()));
    }

    List<String> headsOf(String agencyCode) {
        return emails(a -> a.role() == Role.AGENCY_HEAD && agencyCode != null && agencyCode.equals(a.agencyCode()));
    }

    List<String> withRole(Role role) {
        return emails(a -> a.role() == role);
    }

    private List<String> emails(Predicate<StaffAccount> who) {
        return accounts.all().stream()
                .filter(a -> a.enabled() && a.email() != null && !a.email().isBlank())
                .filter(who)
                .map(StaffAccount::email)
                .distinct()
                .toList();
    }
}
