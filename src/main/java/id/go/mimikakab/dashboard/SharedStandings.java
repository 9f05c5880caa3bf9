package id.go.mimikakab.dashboard;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The standings as the dashboards' viewers get them: one computation of {@link PerformanceFigures#standings()}
 * serves every caller that asks within {@code mimika.dashboard.figures-max-age} of its start, and callers that
 * arrive while it runs wait for it instead of starting another, so a crowd of viewers costs the database one
 * computation at a time.
 */
@Component
public class SharedStandings {

    private final Supplier<Standings> computation;
    private final long maxAgeNanos;
    /** Age is measured on this, not on the application's {@code Clock}, which tests move by hand. */
    private final LongSupplier nanoTime;
    private final Object lock = new Object();
    /** The newest computation that has not failed, running or finished; null before the first. */
    private Computation latest;

    @Autowired
    public SharedStandings(PerformanceFigures figures, DashboardProperties properties) {
        this(figures::standings, properties.figuresMaxAge(), System::nanoTime);
    }

    SharedStandings(Supplier<Standings> computation, Duration maxAge, LongSupplier nanoTime) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("The max age of shared standings must not be negative: " + maxAge);
        }
        this.computation = computation;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The standings of the computation still running, waiting for it, or of a finished one that started at most the
     * max age before this call; otherwise of a new computation, made in the caller's thread. A failed computation is
     * thrown to everyone who waited for it and not kept. With a zero max age nothing is reused once it is finished. Figures that must be exact at the moment of asking
     * (the weekly PDF, the exports, the wall's live feed) come from {@link PerformanceFigures} directly.
     */
    public Standings standings() {
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
    private Standings compute(Computation mine) {
        Standings standings;
        try {
            standings = computation.get();
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
            mine.result.complete(standings);
        }
        return standings;
    }

    /** One computation of the standings: when it started, and its result once there is one. */
    private final class Computation {

        final long startedAt;
        final CompletableFuture<Standings> result = new CompletableFuture<>();

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

        Standings await() {
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
