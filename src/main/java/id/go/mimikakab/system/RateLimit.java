package id.go.mimikakab.system;

import java.util.OptionalLong;
import java.util.function.Function;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** One named limit of {@link RateLimits}: take a token for a key (a client address, a ticket…) or be told how long to wait. */
public final class RateLimit {

    private final String name;
    private final Function<String, Bucket> bucketOf;

    RateLimit(String name, Function<String, Bucket> bucketOf) {
        this.name = name;
        this.bucketOf = bucketOf;
    }

    static RateLimit unlimited(String name) {
        return new RateLimit(name, null);
    }

    public String name() {
        return name;
    }

    /** Empty when the key may go ahead (one token taken); otherwise the whole seconds to wait, at least 1. */
    public OptionalLong take(String key) {
        if (bucketOf == null) {
            return OptionalLong.empty();
        }
        ConsumptionProbe probe = bucketOf.apply(key).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    /** Returns the token taken for an attempt that turned out to be rightful (the right PIN, the right password). */
    public void giveBack(String key) {
        if (bucketOf != null) {
            bucketOf.apply(key).addTokens(1);
        }
    }

    /** Forgets what the key used, as after the right password: its bucket is full again. */
    public void reset(String key) {
        if (bucketOf != null) {
            bucketOf.apply(key).reset();
        }
    }

    /** Whether this limit counts at all (a limit of 0 allows everything). */
    public boolean enabled() {
        return bucketOf != null;
    }
}
