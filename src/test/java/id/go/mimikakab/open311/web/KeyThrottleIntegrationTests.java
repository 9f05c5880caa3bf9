package id.go.mimikakab.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each client key has its own allowance of submissions; over it, the client is told how long to wait. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:open311-throttle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "mimika.open311.submissions-per-hour=2"})
class KeyThrottleIntegrationTests {

    @Autowired
    KeyThrottle throttle;

    @Test
    void aKeyOverItsHourlyAllowanceWaitsWhileAnotherKeyGoesOn() {
        long key = ThreadLocalRandom.current().nextLong(1_000_000);
        assertThat(throttle.submission(key)).isEmpty();
        assertThat(throttle.submission(key)).isEmpty();
        var wait = throttle.submission(key);
        assertThat(wait).isPresent();
        assertThat(wait.getAsLong()).isBetween(1L, 3600L);
        assertThat(throttle.submission(key + 1)).isEmpty();
    }
}
