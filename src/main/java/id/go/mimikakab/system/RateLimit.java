package id.go.mimikakab.system;

import java.util.OptionalLong;

/** One named limit of {@link RateLimits}: take a token for a key (a client address, a ticket…) or be told how long to wait. */
public final class RateLimit {

    private final String name;
    private final TokenCounts counts;

    RateLimit(String name, TokenCounts counts) {
        this.name = name;
        this.counts = counts;
    }

    static RateLimit unlimited(String name) {
        return new RateLimit(name, null);
    }

    public String name() {
        return name;
    }

    /** Empty when the key may go ahead (one token taken); otherwise the whole seconds to wait, at least 1. */
    public OptionalLong take(String key) {
        if (counts == null) {
            return OptionalLong.empty();
        }
        OptionalLong nanos = counts.take(key);
        return nanos.isEmpty() ? nanos : OptionalLong.of(Math.max(1, (nanos.getAsLong() + 999_999_999L) / 1_000_000_000L));
    }

    /** Returns the token taken for an attempt that turned out to be rightful (the right PIN, the right password). */
    public void giveBack(String key) {
        if (counts != null) {
            counts.giveBack(key);
        }
    }

    /** Forgets what the key used, as after the right password: its bucket is full again. */
    public void reset(String key) {
        if (counts != null) {
            counts.reset(key);
        }
    }

    /** Whether this limit counts at all (a limit of 0 allows everything). */
    public boolean enabled() {
        return counts != null;
    }
}
