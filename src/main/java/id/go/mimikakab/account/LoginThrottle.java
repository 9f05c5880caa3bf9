package id.go.mimikakab.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.RateLimit;
import id.go.mimikakab.system.RateLimits;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing without letting anyone lock an account: every sign-in attempt counts against the
 * client address, against the account as typed together with the client address (after a few failures one more
 * attempt a minute), and against the account from all addresses together. Over any limit the form answers 429
 * with {@code Retry-After}, in the same words whether or not the account exists; a successful sign-in clears
 * the count of its own address. Limits live in the database, so they hold across nodes.
 */
final class LoginThrottle extends OncePerRequestFilter {

    private final RateLimit perClient;
    private final RateLimit perAccountAndClient;
    private final RateLimit perAccount;
    private final RateLimit throttleAlert;
    private final StaffAccounts accounts;
    private final AuditTrail audit;

    LoginThrottle(RateLimits limits, AccountProperties properties, StaffAccounts accounts, AuditTrail audit) {
        this.perClient = limits.limit("login-client", RateLimits.perPeriod(properties.loginAttemptsPerMinute(), Duration.ofMinutes(1)));
        this.perAccountAndClient = limits.limit("login-account-client",
                RateLimits.perPeriod(properties.loginFailuresBeforeDelay(), Duration.ofMinutes(properties.loginFailuresBeforeDelay())));
        this.perAccount = limits.limit("login-account",
                RateLimits.perPeriod(properties.loginAttemptsPerAccountPerHour(), Duration.ofHours(1)));
        this.throttleAlert = limits.limit("login-throttle-alert", RateLimits.perWindow(1, Duration.ofHours(1)));
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        String account = typedLogin(request);
        OptionalLong wait = perClient.take(client);
        if (wait.isEmpty()) {
            wait = perAccountAndClient.take(account + "|" + client);
        }
        if (wait.isEmpty()) {
            wait = perAccount.take(account);
            if (wait.isPresent()) {
                recordThrottled(account);
            }
        }
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
        response.sendError(429, "Too many sign-in attempts");
    }

    /** Clears the failures of this account from this address and gives back the attempt to the account's count. */
    void succeeded(HttpServletRequest request) {
        String account = typedLogin(request);
        perAccountAndClient.reset(account + "|" + request.getRemoteAddr());
        perAccount.giveBack(account);
    }

    /** Tells the audit trail, at most once an hour, that an existing account is being guessed at from many places. */
    private void recordThrottled(String login) {
        accounts.findByLogin(login).ifPresent(found -> {
            if (throttleAlert.take(found.username()).isEmpty()) {
                audit.recordAs("system", "LOGIN_THROTTLED", "account", found.username(), null, null);
            }
        });
    }

    private static String typedLogin(HttpServletRequest request) {
        String typed = request.getParameter("username");
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }
}
