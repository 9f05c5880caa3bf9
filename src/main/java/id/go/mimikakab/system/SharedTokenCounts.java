package id.go.mimikakab.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import io.github.bucket4j.Bandwidth;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The token buckets of one limit as rows of {@code rate_limit_tokens} in the shared PostgreSQL database, one row per
 * key and tier. One statement refills each row for the time passed, takes a token where there is one and writes the
 * row ({@code insert … on conflict do update … where tokens >= 1 returning}), for one key or for many keys at once,
 * so a row is locked only while that statement runs (Bucket4j's select-for-update rows stayed locked across three
 * round trips; decision 175). A limit of one tier takes its tokens through the node's {@link TokenTakeBatches}, so
 * the attempts waiting at the same moment share one statement and one commit. A tier refilled greedily gains its
 * tokens continuously, one refilled intervally gains them at the end of each whole period counted from the bucket's
 * first use, as Bucket4j does. A key whose later tier refuses gets back what its earlier tiers gave.
 */
final class SharedTokenCounts implements TokenCounts {

    /**
     * Takes a token from each of the listed rows that has one, creating missing rows full; {@code %1$s} is the periods
     * (or fraction of one) since the row's last refill, {@code %2$s} how far that moves the refill time. The statement
     * is a transaction of its own, whose commit need not wait for the disk (a crash loses at most the last moments of
     * counts): {@code set_config(…, true)} says so for this transaction only. Rows are locked in the order of their
     * keys, so two nodes' statements never wait for each other in a circle.
     */
    private static final String TAKE = """
            insert into rate_limit_tokens as b (id, tokens, refilled_at, expires_at)
            select k.id, :capacity - 1, :now, :expires
              from unnest(string_to_array(:ids, ',')) as k(id),
                   (select set_config('synchronous_commit', 'off', true)) as unhurried
             order by k.id
            on conflict (id) do update
               set tokens = least(:capacity, b.tokens + (%1$s) * :refill) - 1,
                   refilled_at = b.refilled_at + %2$s,
                   expires_at = :expires
             where least(:capacity, b.tokens + (%1$s) * :refill) >= 1
            returning b.id""";
    private static final String ELAPSED = "greatest(0, :now - b.refilled_at)";
    private static final String TAKE_GREEDY = TAKE.formatted(ELAPSED + "::float8 / :period", ELAPSED);
    private static final String TAKE_INTERVALLY = TAKE.formatted(ELAPSED + " / :period", "(" + ELAPSED + " / :period) * :period");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String name;
    private final List<Bandwidth> tiers;
    private final Duration keptAfterRefill;
    private final TokenTakeBatches batches;

    SharedTokenCounts(JdbcClient jdbc, Clock clock, String name, List<Bandwidth> tiers, Duration keptAfterRefill,
            TokenTakeBatches batches) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.name = name;
        this.tiers = List.copyOf(tiers);
        this.keptAfterRefill = keptAfterRefill;
        this.batches = batches;
    }

    @Override
    public OptionalLong take(String key) {
        if (tiers.size() == 1) {
            return batches.take(this, id(0, key));
        }
        for (int tier = 0; tier < tiers.size(); tier++) {
            Long wait = takeFromTier(tier, List.of(id(tier, key))).get(id(tier, key));
            if (wait != null) {
                IntStream.range(0, tier).forEach(earlier -> giveBack(earlier, key));
                return OptionalLong.of(wait);
            }
        }
        return OptionalLong.empty();
    }

    /** Takes one token for each of the distinct row keys of this one-tier limit; answers the refused ones' waits. */
    Map<String, Long> takeAll(List<String> ids) {
        return takeFromTier(0, ids);
    }

    @Override
    public void giveBack(String key) {
        IntStream.range(0, tiers.size()).forEach(tier -> giveBack(tier, key));
    }

    @Override
    public void reset(String key) {
        IntStream.range(0, tiers.size()).forEach(tier -> jdbc.sql("delete from rate_limit_tokens where id = :id")
                .param("id", id(tier, key)).update());
    }

    /** The nanoseconds to wait for each row key that got no token; the keys that got one are absent. */
    private Map<String, Long> takeFromTier(int tier, List<String> ids) {
        Bandwidth bandwidth = tiers.get(tier);
        long now = nanos(clock.instant());
        List<String> taken = jdbc.sql(bandwidth.isRefillIntervally() ? TAKE_INTERVALLY : TAKE_GREEDY)
                .param("ids", String.join(",", ids))
                .param("capacity", (double) bandwidth.getCapacity())
                .param("refill", (double) bandwidth.getRefillTokens())
                .param("period", bandwidth.getRefillPeriodNanos())
                .param("now", now)
                .param("expires", now + bandwidth.getRefillPeriodNanos() + keptAfterRefill.toNanos())
                .query(String.class).list();
        if (taken.size() == ids.size()) {
            return Map.of();
        }
        List<String> refused = ids.stream().filter(id -> !taken.contains(id)).toList();
        Map<String, Long> waits = new HashMap<>();
        refused.forEach(id -> waits.put(id, 1L));
        jdbc.sql("select id, tokens, refilled_at from rate_limit_tokens where id in (:ids)").param("ids", refused)
                .query(rs -> {
                    waits.put(rs.getString("id"), nanosUntilToken(bandwidth, rs.getDouble("tokens"), rs.getLong("refilled_at"), now));
                });
        return waits;
    }

    private void giveBack(int tier, String key) {
        jdbc.sql("update rate_limit_tokens set tokens = least(:capacity, tokens + 1) where id = :id")
                .param("capacity", (double) tiers.get(tier).getCapacity()).param("id", id(tier, key)).update();
    }

    /** How long a refused key waits for the tier that refused it, from its row as it now stands. */
    private static long nanosUntilToken(Bandwidth bandwidth, double tokens, long refilledAt, long now) {
        long period = bandwidth.getRefillPeriodNanos();
        if (bandwidth.isRefillIntervally()) {
            return Math.max(1, refilledAt + period - now);
        }
        double perNano = (double) bandwidth.getRefillTokens() / period;
        double current = tokens + Math.max(0, now - refilledAt) * perNano;
        return Math.max(1, (long) Math.ceil((1 - current) / perNano));
    }

    private String id(int tier, String key) {
        return name + ":" + tier + ":" + key;
    }

    /** Removes the rows of buckets that have been full again for a while; returns how many went. */
    static int removeExpired(JdbcClient jdbc, Clock clock) {
        return jdbc.sql("delete from rate_limit_tokens where expires_at < :now").param("now", nanos(clock.instant())).update();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
