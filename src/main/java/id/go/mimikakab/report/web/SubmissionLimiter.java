package id.go.mimikakab.report.web;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import id.go.mimikakab.report.ReportProperties;

import org.springframework.stereotype.Component;

/**
 * Limits public submissions and "me too" votes per client address, per node; over the limit the caller is
 * told how many seconds to wait.
 */
@Component
class SubmissionLimiter {

    private static final int MAX_TRACKED = 20_000;

    private final ReportProperties properties;
    private final Map<String, Bucket> submissions = new ConcurrentHashMap<>();
    private final Map<String, Bucket> votes = new ConcurrentHashMap<>();

    SubmissionLimiter(ReportProperties properties) {
        this.properties = properties;
    }

    /** Empty when the submission may go ahead, otherwise the seconds to wait. */
    OptionalLong submission(String address) {
        return take(submissions, address, properties.submissionsPerHour());
    }

    OptionalLong meToo(String address) {
        return take(votes, address, properties.meTooPerHour());
    }

    private static OptionalLong take(Map<String, Bucket> buckets, String address, int perHour) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
    }
}
