package id.go.mimikakab.open311.web;

import java.time.Duration;
import java.util.OptionalLong;

import id.go.mimikakab.open311.Open311Properties;
import id.go.mimikakab.system.RateLimit;
import id.go.mimikakab.system.RateLimits;

import org.springframework.stereotype.Component;

/**
 * Limits the submissions of each client key, counted by every node together (see {@link RateLimits}); over the
 * limit the client is told how many seconds to wait.
 */
@Component
class KeyThrottle {

    private final RateLimit submissions;

    KeyThrottle(Open311Properties properties, RateLimits limits) {
        this.submissions = limits.limit("open311-key", RateLimits.perPeriod(properties.submissionsPerHour(), Duration.ofHours(1)));
    }

    /** Empty when the key may submit now, otherwise the seconds to wait. */
    OptionalLong submission(long keyId) {
        return submissions.take(Long.toString(keyId));
    }
}
