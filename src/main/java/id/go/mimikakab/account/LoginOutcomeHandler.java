package id.go.mimikakab.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.go.mimikakab.audit.AuditTrail;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Records a sign-in and clears its throttle; answers every failure alike (wrong password, unknown, disabled), so
 * the form never tells which usernames exist.
 */
class LoginOutcomeHandler extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final AuditTrail audit;
    private final LoginThrottle throttle;

    LoginOutcomeHandler(AuditTrail audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
        setDefaultTargetUrl("/staf");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        throttle.succeeded(request);
        audit.recordAs(auth.getName(), "LOGIN", "account", auth.getName(), null, null);
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
