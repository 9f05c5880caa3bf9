package id.go.mimikakab.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.go.mimikakab.audit.AuditTrail;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Counts failed sign-ins towards a temporary lock, clears the count on success and records both. */
class LoginOutcomeHandler extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final StaffAccounts accounts;
    private final AuditTrail audit;

    LoginOutcomeHandler(StaffAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
        setDefaultTargetUrl("/staf");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        accounts.recordSuccessfulLogin(auth.getName());
        audit.recordAs(auth.getName(), "LOGIN", "account", auth.getName(), null, null);
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason;
        if (exception instanceof LockedException) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "error";
            accounts.recordFailedLogin(request.getParameter("username"));
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
