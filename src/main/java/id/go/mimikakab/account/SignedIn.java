package id.go.mimikakab.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member of staff behind the current request, whether signed in by form or by access token. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<StaffMember> member() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof StaffMember member) {
            return Optional.of(member);
        }
        if (auth.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.member());
        }
        return Optional.empty();
    }

    /** The signed-in member, for code behind pages that already require a login. */
    public static StaffMember required() {
        return member().orElseThrow(() -> new IllegalStateException("No member of staff is signed in"));
    }
}
