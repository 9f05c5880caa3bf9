package id.go.mimikakab.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits on how often something may be done (token buckets), refilled as real time passes. On PostgreSQL, where
 * several nodes share one database, the buckets are rows of {@code rate_limit_tokens}, taken from in one
 * statement for all the attempts waiting at that moment ({@link SharedTokenCounts}, {@link TokenTakeBatches}), so
 * every node counts against the same limit. The embedded H2 database
 * belongs to a single node, so there the buckets are Bucket4j's, in a bounded in-memory cache (at most
 * {@value #MAX_LOCAL_BUCKETS}; the least recently used ones go first, so no flood of new keys resets anyone's
 * limit). Keys are hashed, so no client address, ticket or username is kept in clear.
 */
@Component
public class RateLimits implements DisposableBean {

    static final int MAX_LOCAL_BUCKETS = 200_000;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** A bucket is forgotten this long after it would have been full again; nobody notices its absence. */
    private static final Duration KEPT_AFTER_REFILL = Duration.ofMinutes(10);

    private final Clock clock;
    /** The shared rows on PostgreSQL, null on H2. */
    private final JdbcClient rows;
    /** Takes the tokens of one-tier limits together, on PostgreSQL; null on H2. */
    private final TokenTakeBatches batches;
    /** The node's own buckets on H2, null on PostgreSQL. */
    private final ProxyManager<String> localBuckets;

    /**
     * Limits count real elapsed time, not the program's clock: {@code mimika.clock.offset} shifts business time for
     * demonstrations, and tests move their clock back and forth, neither of which should empty or refill a limit.
     */
    @Autowired
    RateLimits(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** Limits timed by the given clock; for tests that let time pass. */
    RateLimits(DataSource dataSource, Clock clock) {
        this.clock = clock;
        if (postgres(dataSource)) {
            // each count is a statement of its own on a connection of its own, outside any transaction of the caller's
            // (a distinct DataSource object is never bound to the caller's transaction)
            this.rows = JdbcClient.create(new DelegatingDataSource(dataSource));
            this.batches = new TokenTakeBatches();
            this.localBuckets = null;
        } else {
            this.rows = null;
            this.batches = null;
            this.localBuckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAX_LOCAL_BUCKETS))
                    .clientClock(new ProgramTime(clock))
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_REFILL))
                    .build();
        }
    }

    /**
     * A limit named {@code name} (lower case, digits and dashes), allowing what every one of the bandwidths allows;
     * with no bandwidth, or one of capacity 0 (see {@link #perPeriod}), it allows everything and stores nothing.
     */
    public RateLimit limit(String name, Bandwidth... bandwidths) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A limit's name is 2 to 40 lower-case letters, digits or dashes: " + name);
        }
        List<Bandwidth> tiers = Arrays.asList(bandwidths);
        if (tiers.isEmpty() || tiers.contains(null)) {
            return RateLimit.unlimited(name);
        }
        TokenCounts counts = rows != null ? new SharedTokenCounts(rows, clock, name, tiers, KEPT_AFTER_REFILL, batches) : local(name, tiers);
        return new RateLimit(name, new HashedKeys(counts));
    }

    private TokenCounts local(String name, List<Bandwidth> tiers) {
        ConfigurationBuilder configuration = BucketConfiguration.builder();
        tiers.forEach(configuration::addLimit);
        BucketConfiguration built = configuration.build();
        return new LocalTokenCounts(key -> localBuckets.getProxy(name + ":" + key, () -> built));
    }

    /** {@code count} a {@code period}, refilled gradually (one every period/count); {@code null}, no limit, for 0 or less. */
    public static Bandwidth perPeriod(int count, Duration period) {
        return count <= 0 ? null : Bandwidth.builder().capacity(count).refillGreedy(count, period).build();
    }

    /** {@code count} within each whole {@code period}, refilled at once when it ends; {@code null}, no limit, for 0 or less. */
    public static Bandwidth perWindow(int count, Duration period) {
        return count <= 0 ? null : Bandwidth.builder().capacity(count).refillIntervally(count, period).build();
    }

    /** Removes the rows of buckets that have been full again for a while, on one node at a time. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT5M")
    public void removeExpired() {
        if (rows != null) {
            SharedTokenCounts.removeExpired(rows, clock);
        }
    }

    /** Answers the attempts still waiting when the node stops. */
    @Override
    public void destroy() throws InterruptedException {
        if (batches != null) {
            batches.close();
        }
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot tell which database the rate limits live in", e);
        }
    }

    /** Counts under a hash of the key, so that no client address, ticket or username is stored in clear. */
    private record HashedKeys(TokenCounts counts) implements TokenCounts {

        @Override
        public OptionalLong take(String key) {
            return counts.take(digest(key));
        }

        @Override
        public void giveBack(String key) {
            counts.giveBack(digest(key));
        }

        @Override
        public void reset(String key) {
            counts.reset(digest(key));
        }

        private static String digest(String key) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    /** A node's own Bucket4j buckets. */
    private record LocalTokenCounts(Function<String, Bucket> bucketOf) implements TokenCounts {

        @Override
        public OptionalLong take(String key) {
            ConsumptionProbe probe = bucketOf.apply(key).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(probe.getNanosToWaitForRefill());
        }

        @Override
        public void giveBack(String key) {
            bucketOf.apply(key).addTokens(1);
        }

        @Override
        public void reset(String key) {
            bucketOf.apply(key).reset();
        }
    }

    /** Bucket4j's time source, from a clock. */
    private record ProgramTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
