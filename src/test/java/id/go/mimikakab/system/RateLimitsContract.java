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
    void manyClientsAtOnceEachGetTheirOwnLimitExactly() throws Exception {
        RateLimit limit = new RateLimits(dataSource, clock).limit("contract-crowd", RateLimits.perPeriod(5, Duration.ofHours(1)));
        List<String> keys = java.util.stream.IntStream.range(0, 20).mapToObj(i -> freshKey()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 8 * keys.size(); i++) {
            String key = keys.get(i % keys.size());
            attempts.add(pool.submit(() -> {
                start.await();
                return limit.take(key).isEmpty() ? key : null;
            }));
        }
        start.countDown();
        java.util.Map<String, Integer> allowed = new java.util.HashMap<>();
        for (Future<String> attempt : attempts) {
            String key = attempt.get();
            if (key != null) {
                allowed.merge(key, 1, Integer::sum);
            }
        }
        pool.shutdown();
        assertThat(allowed).hasSize(keys.size()).allSatisfy((key, count) -> assertThat(count).isEqualTo(5));
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
    void aLimitPerPeriodGivesTokensBackGraduallyAndTellsWhenTheNextIsDue() {
        RateLimit limit = new RateLimits(dataSource, clock).limit("contract-greedy", RateLimits.perPeriod(5, Duration.ofHours(1)));
        String key = freshKey();
        for (int i = 0; i < 5; i++) {
            assertThat(limit.take(key)).isEmpty();
        }
        assertThat(limit.take(key).getAsLong()).isBetween(710L, 720L);
        clock.advance(Duration.ofMinutes(6));
        assertThat(limit.take(key).getAsLong()).isBetween(350L, 360L);
        clock.advance(Duration.ofMinutes(6));
        assertThat(limit.take(key)).isEmpty();
        assertThat(limit.take(key)).isPresent();
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 5; i++) {
            assertThat(limit.take(key)).as("the bucket refills up to its capacity, no further").isEmpty();
        }
        assertThat(limit.take(key)).isPresent();
    }

    @Test
    void everyTierMustAllowAndARefusingTierCostsTheOthersNothing() {
        RateLimit limit = new RateLimits(dataSource, clock).limit("contract-tiers",
                RateLimits.perWindow(3, Duration.ofMinutes(15)), RateLimits.perWindow(4, Duration.ofDays(1)));
        String key = freshKey();
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take(key)).isEmpty();
        }
        assertThat(limit.take(key).getAsLong()).as("the quarter-hour tier refuses").isBetween(890L, 900L);
        clock.advance(Duration.ofMinutes(15));
        assertThat(limit.take(key)).isEmpty();
        OptionalLong dayTier = limit.take(key);
        assertThat(dayTier.getAsLong()).as("now the daily tier refuses, until a day after the first attempt").isBetween(85_500L, 85_600L);
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take(key)).as("the refused attempt took nothing from the quarter-hour tier").isEmpty();
        }
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
