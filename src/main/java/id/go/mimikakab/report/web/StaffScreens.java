package id.go.mimikakab.report.web;

import java.util.Set;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.report.ReportRefused;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the staff report screens share: who may open them, and how a refused step becomes a message. */
final class StaffScreens {

    static final Set<Role> AGENCY = Set.of(Role.AGENCY_HEAD, Role.AGENCY_STAFF);

    private StaffScreens() {
    }

    /** The signed-in member if their role is one of {@code roles}; otherwise the page is refused (403). */
    static StaffMember require(Set<Role> roles) {
        StaffMember me = SignedIn.required();
        if (!roles.contains(me.role())) {
            throw new ReportRefused(ReportRefused.Kind.NOT_ALLOWED, "This screen is not for the role " + me.role());
        }
        return me;
    }

    /**
     * Runs a lifecycle step; a step the report's state refuses, or a change made at the same moment by someone
     * else, becomes a flash message instead of an error page. A refusal by role or agency still answers 403.
     */
    static boolean attempt(Runnable step, RedirectAttributes flash) {
        try {
            step.run();
            return true;
        } catch (ReportRefused refused) {
            if (refused.kind() == ReportRefused.Kind.NOT_ALLOWED) {
                throw refused;
            }
            flash.addFlashAttribute("problem", refused.kind() == ReportRefused.Kind.ILLEGAL_TRANSITION
                    ? "report.staff.refused.state" : "report.staff.refused.invalid");
            return false;
        } catch (OptimisticLockingFailureException concurrent) {
            flash.addFlashAttribute("problem", "report.staff.refused.concurrent");
            return false;
        }
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
