package id.go.mimikakab.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection and the first administrator of a non-demo install ({@code mimika.account.initial-admin.*},
 * normally from the environment variables {@code MIMIKA_ACCOUNT_INITIAL_ADMIN_USERNAME} and so on).
 */
@ConfigurationProperties("mimika.account")
public record AccountProperties(Integer lockoutThreshold, Duration lockoutDuration, Integer loginAttemptsPerMinute,
        InitialAdmin initialAdmin) {

    public AccountProperties {
        lockoutThreshold = lockoutThreshold == null ? 5 : lockoutThreshold;
        lockoutDuration = lockoutDuration == null ? Duration.ofMinutes(15) : lockoutDuration;
        loginAttemptsPerMinute = loginAttemptsPerMinute == null ? 10 : loginAttemptsPerMinute;
        initialAdmin = initialAdmin == null ? new InitialAdmin(null, null, null) : initialAdmin;
    }

    /** The first administrator to create when none exists; username and password are required, e-mail optional. */
    public record InitialAdmin(String username, String email, String password) {

        public boolean given() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
