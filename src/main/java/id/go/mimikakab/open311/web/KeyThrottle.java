package id.go.mimikakab.open311.web;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import id.go.mimikakab.open311.Open311Properties;

import org.springframework.stereotype.Component;

/**
 * Limits the submissions of each client key, in memory on this node; the one place to change when limits move into
 * the database. Over the limit the client is told how many seconds to wait.
 */
@Component
class KeyThrottle {

    private final int perHour;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    KeyThrottle(Open311Properties properties) {
        this.perHour = properties.submissionsPerHour();
    }

    /** Empty when the key may submit now, otherwise the seconds to wait. */
    OptionalLong submission(long keyId) {
        Bucket bucket = buckets.computeIfAbsent(keyId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
    }
}
