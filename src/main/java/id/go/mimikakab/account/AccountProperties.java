package id.go.mimikakab.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling and the first administrator of a non-demo install ({@code mimika.account.initial-admin.*},
 * normally from the environment variables {@code MIMIKA_ACCOUNT_INITIAL_ADMIN_USERNAME} and so on). Sign-in
 * attempts are limited per client address ({@code login-attempts-per-minute}); per account and client address,
 * after {@code login-failures-before-delay} failures one more attempt a minute is allowed; per account from all
 * addresses together, {@code login-attempts-per-account-per-hour}. Nothing locks an account.
 */
@ConfigurationProperties("mimika.account")
public record AccountProperties(Integer loginAttemptsPerMinute, Integer loginFailuresBeforeDelay,
        Integer loginAttemptsPerAccountPerHour, InitialAdmin initialAdmin) {

    public AccountProperties {
        loginAttemptsPerMinute = loginAttemptsPerMinute == null ? 10 : loginAttemptsPerMinute;
        loginFailuresBeforeDelay = loginFailuresBeforeDelay == null ? 5 : loginFailuresBeforeDelay;
        loginAttemptsPerAccountPerHour = loginAttemptsPerAccountPerHour == null ? 30 : loginAttemptsPerAccountPerHour;
        initialAdmin = initialAdmin == null ? new InitialAdmin(null, null, null) : initialAdmin;
    }

    /** The first administrator to create when none exists; username and password are required, e-mail optional. */
    public record InitialAdmin(String username, String email, String password) {

        public boolean given() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
