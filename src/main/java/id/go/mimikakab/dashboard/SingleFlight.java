package id.go.mimikakab.dashboard;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One computation at a time, shared by every caller: a caller gets the result of the computation still running,
 * waiting for it, or of a finished one that started at most the max age before the call, and otherwise starts a new
 * one in its own thread; a failed computation is thrown to everyone who waited for it and not kept.
 */
final class SingleFlight<T> {

    private final Supplier<T> computation;
    private final long maxAgeNanos;
    /** Age is measured on this, not on the application's {@code Clock}, which tests move by hand. */
    private final LongSupplier nanoTime;
    private final Object lock = new Object();
    /** The newest computation that has not failed, running or finished; null before the first. */
    private Computation latest;

    SingleFlight(Supplier<T> computation, Duration maxAge, LongSupplier nanoTime) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("The max age of a shared computation must not be negative: " + maxAge);
        }
        this.computation = computation;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The shared result, as the class comment says; with a zero max age nothing is reused once it is finished. */
    T get() {
        Computation shared;
        boolean mine;
        synchronized (lock) {
            long now = nanoTime.getAsLong();
            mine = latest == null || !latest.serves(now);
            if (mine) {
                latest = new Computation(now);
            }
            shared = latest;
        }
        return mine ? compute(shared) : shared.await();
    }

    /** Runs the computation; its end is recorded under the lock, so a caller deciding whether to wait sees it whole. */
    private T compute(Computation mine) {
        T value;
        try {
            value = computation.get();
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                if (latest == mine) {
                    latest = null;
                }
                mine.result.completeExceptionally(e);
            }
            throw e;
        }
        synchronized (lock) {
            mine.result.complete(value);
        }
        return value;
    }

    /** One computation: when it started, and its result once there is one. */
    private final class Computation {

        final long startedAt;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Computation(long startedAt) {
            this.startedAt = startedAt;
        }

        /**
         * Whether a caller asking at {@code now} may take this computation's result: always while it runs, so that a
         * slow database is never asked for a second computation at the same time, and afterwards up to the max age.
         */
        boolean serves(long now) {
            return !result.isDone() || (maxAgeNanos > 0 && now - startedAt <= maxAgeNanos);
        }

        T await() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
