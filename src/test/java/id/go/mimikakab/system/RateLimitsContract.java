package id.go.mimikakab.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Limits kept in the database hold across nodes and under concurrent attempts; run on H2 and PostgreSQL. */
abstract class RateLimitsContract {

    @Autowired
    DataSource dataSource;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));

    private RateLimit fivePerHour(RateLimits node) {
        return node.limit("contract-test", RateLimits.perWindow(5, Duration.ofHours(1)));
    }

    private static String freshKey() {
        return "client-" + UUID.randomUUID();
    }

    @Test
    void theSixthAttemptWithinTheHourIsToldHowLongToWait() {
        RateLimit limit = fivePerHour(new RateLimits(dataSource, clock));
        String key = freshKey();
        for (int i = 0; i < 5; i++) {
            assertThat(limit.take(key)).isEmpty();
        }
        OptionalLong wait = limit.take(key);
        assertThat(wait).isPresent();
        assertThat(wait.getAsLong()).isBetween(3500L, 3600L);
        clock.advance(Duration.ofHours(1));
        assertThat(limit.take(key)).isEmpty();
    }

    @Test
    void thirtyParallelAttemptsGetNoMoreThanTheLimitAllows() throws Exception {
        RateLimit limit = fivePerHour(new RateLimits(dataSource, clock));
        String key = freshKey();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                return limit.take(key).isEmpty();
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> attempt : attempts) {
            allowed += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void aResetOrAReturnedTokenLetsTheRightfulCallerGoOn() {
        RateLimit limit = fivePerHour(new RateLimits(dataSource, clock));
        String key = freshKey();
        for (int i = 0; i < 5; i++) {
            limit.take(key);
        }
        limit.giveBack(key);
        assertThat(limit.take(key)).isEmpty();
        assertThat(limit.take(key)).isPresent();
        limit.reset(key);
        assertThat(limit.take(key)).isEmpty();
    }

    @Test
    void otherKeysAndOtherLimitsAreCountedApart() {
        RateLimits node = new RateLimits(dataSource, clock);
        RateLimit limit = fivePerHour(node);
        RateLimit other = node.limit("contract-other", RateLimits.perWindow(1, Duration.ofHours(1)));
        String key = freshKey();
        for (int i = 0; i < 5; i++) {
            limit.take(key);
        }
        assertThat(limit.take(freshKey())).isEmpty();
        assertThat(other.take(key)).isEmpty();
    }

    @Test
    void aLimitOfZeroAllowsEverything() {
        RateLimit off = new RateLimits(dataSource, clock).limit("contract-off", RateLimits.perWindow(0, Duration.ofHours(1)));
        assertThat(off.enabled()).isFalse();
        for (int i = 0; i < 100; i++) {
            assertThat(off.take("anyone")).isEmpty();
        }
    }
}
