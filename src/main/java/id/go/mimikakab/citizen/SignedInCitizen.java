package id.go.mimikakab.citizen;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The citizen behind the current request. Citizens' sessions keep their sign-in under an attribute of their own
 * ({@link #SESSION_ATTRIBUTE}), so the staff filter chain never takes a citizen for a member of staff; pages outside
 * the citizens' chain (the report form) read it with {@link #inSession}.
 */
public final class SignedInCitizen {

    public static final String SESSION_ATTRIBUTE = "MIMIKA_CITIZEN_SECURITY_CONTEXT";

    private SignedInCitizen() {
    }

    public static Optional<CitizenAccount> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static CitizenAccount required() {
        return current().orElseThrow(() -> new IllegalStateException("No citizen is signed in"));
    }

    /** The citizen signed in in this request's session, on any page. */
    public static Optional<CitizenAccount> inSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof SecurityContext context)) {
            return Optional.empty();
        }
        return of(context.getAuthentication());
    }

    private static Optional<CitizenAccount> of(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof CitizenPrincipal principal) {
            return Optional.of(principal.account());
        }
        return Optional.empty();
    }
}
