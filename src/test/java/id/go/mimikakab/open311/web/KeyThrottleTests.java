package id.go.mimikakab.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mimikakab.open311.Open311Properties;

import org.junit.jupiter.api.Test;

/** Each client key has its own allowance of submissions; over it, the client is told how long to wait. */
class KeyThrottleTests {

    @Test
    void aKeyOverItsHourlyAllowanceWaitsWhileAnotherKeyGoesOn() {
        KeyThrottle throttle = new KeyThrottle(new Open311Properties(null, 2, null, null));
        assertThat(throttle.submission(1)).isEmpty();
        assertThat(throttle.submission(1)).isEmpty();
        var wait = throttle.submission(1);
        assertThat(wait).isPresent();
        assertThat(wait.getAsLong()).isBetween(1L, 3600L);
        assertThat(throttle.submission(2)).isEmpty();
    }
}
