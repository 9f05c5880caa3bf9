package id.go.mimikakab.report;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A small value read from the database that is kept in memory for a few seconds: the report categories and
 * deadline policies every submission needs. A change on this node takes effect at once ({@link #invalidate});
 * a change on another node within {@link #TTL}.
 */
final class Refreshing<T> {

    static final Duration TTL = Duration.ofSeconds(5);

    private final Supplier<T> loader;
    private volatile T value;
    private volatile long loadedAt;

    Refreshing(Supplier<T> loader) {
        this.loader = loader;
    }

    T get() {
        T current = value;
        if (current == null || System.nanoTime() - loadedAt > TTL.toNanos()) {
            current = loader.get();
            value = current;
            loadedAt = System.nanoTime();
        }
        return current;
    }

    void invalidate() {
        value = null;
    }
}
