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
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits on how often something may be done (Bucket4j token buckets), refilled as real time passes. On
 * PostgreSQL, where several nodes share one database, the buckets are rows of {@code rate_limit_bucket}, each
 * locked for the moment it changes, so every node counts against the same limit. The embedded H2 database
 * belongs to a single node, and H2 lacks the SQL Bucket4j needs, so there the buckets live in a bounded
 * in-memory cache (at most {@value #MAX_LOCAL_BUCKETS}; the least recently used ones go first, so no flood of
 * new keys resets anyone's limit). Keys are hashed, so no client address, ticket or username is kept in clear.
 *
 * <p>On PostgreSQL each node also keeps its recently used buckets with Bucket4j's batching optimisation: requests
 * for one key that arrive while that key's row is being changed wait and are then taken together, in one locked
 * update, instead of queueing one by one behind the row's lock. Many citizens behind one carrier address (or the
 * benchmark's single client) then cost one database round trip per batch, and the limit stays exact across nodes.
 */
@Component
public class RateLimits {

    static final int MAX_LOCAL_BUCKETS = 200_000;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** A bucket is forgotten this long after it would have been full again; nobody notices its absence. */
    private static final Duration KEPT_AFTER_REFILL = Duration.ofMinutes(10);

    private final ProxyManager<String> buckets;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> rows;

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
        ProgramTime time = new ProgramTime(clock);
        ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_REFILL);
        if (postgres(dataSource)) {
            // a bucket's row is locked from its read to its commit, so every request of one address waits for the one
            // before it: that commit must not also wait for the disk. A crash loses at most the last moments of counts.
            this.rows = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(new CommitsWithoutDiskWait(dataSource))
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_bucket")
                    .idColumn("id")
                    .stateColumn("state")
                    .expiresAtColumn("expires_at")
                    .clientClock(time)
                    .expirationAfterWrite(expiry)
                    .build();
            this.buckets = rows;
        } else {
            this.rows = null;
            this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAX_LOCAL_BUCKETS))
                    .clientClock(time)
                    .expirationAfterWrite(expiry)
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
        ConfigurationBuilder configuration = BucketConfiguration.builder();
        tiers.forEach(configuration::addLimit);
        BucketConfiguration built = configuration.build();
        if (rows == null) {
            return new RateLimit(name, key -> buckets.getProxy(name + ":" + digest(key), () -> built));
        }
        Cache<String, Bucket> batched = Caffeine.newBuilder().maximumSize(MAX_LOCAL_BUCKETS)
                .expireAfterAccess(KEPT_AFTER_REFILL).build();
        return new RateLimit(name, key -> batched.get(name + ":" + digest(key),
                row -> rows.builder().withOptimization(Optimizations.batching()).build(row, () -> built)));
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
            while (rows.removeExpired(1000) == 1000) {
                Thread.yield();
            }
        }
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot tell which database the rate limits live in", e);
        }
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
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
