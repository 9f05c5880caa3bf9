package id.go.mimikakab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Ticker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Viewers share one computation of the figures: while it runs, and afterwards up to the max age; a failure is not
 * kept. Time is a fake ticker, the database a stand-in that the test lets finish.
 */
class SharedFiguresTests {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    static final int VIEWERS = 8;

    private final Figures figures = new Figures();
    private final Nanos nanos = new Nanos();
    private final ExecutorService viewers = Executors.newFixedThreadPool(VIEWERS);
    private final List<SharedFigures> created = new ArrayList<>();

    @AfterEach
    void stopViewers() {
        figures.open();
        viewers.shutdownNow();
        created.forEach(SharedFigures::destroy);
    }

    @Test
    void viewersArrivingTogetherWhileTheFiguresAreComputedAllGetThatOneComputation() throws Exception {
        SharedFigures shared = shared(figures.closed(), MAX_AGE, nanos.countingAsks(VIEWERS));

        List<Future<Standings>> answers = askTogether(shared, VIEWERS);
        nanos.awaitAsks();
        figures.open();

        assertThat(answersOf(answers)).hasSize(VIEWERS).containsOnly(figures.result(1));
        assertThat(figures.computations()).isEqualTo(1);
    }

    @Test
    void aViewerWithinTheMaxAgeGetsTheLastFiguresAndOneAfterItGetsNewOnes() {
        SharedFigures shared = shared(figures.open(), MAX_AGE, nanos);

        Standings first = shared.standings();
        nanos.advance(MAX_AGE.minusNanos(1));
        Standings withinMaxAge = shared.standings();
        nanos.advance(Duration.ofNanos(1));
        Standings afterMaxAge = shared.standings();

        assertThat(withinMaxAge).isSameAs(first);
        assertThat(afterMaxAge).isEqualTo(figures.result(2));
        assertThat(figures.computations()).isEqualTo(2);
    }

    @Test
    void aFailedComputationReachesEveryoneWaitingForItAndIsNotKept() throws Exception {
        figures.failFirst();
        SharedFigures shared = shared(figures.closed(), MAX_AGE, nanos.countingAsks(VIEWERS));

        List<Future<Standings>> answers = askTogether(shared, VIEWERS);
        nanos.awaitAsks();
        figures.open();

        for (Future<Standings> answer : answers) {
            assertThat(failureOf(answer)).isInstanceOf(IllegalStateException.class).hasMessage("database unavailable");
        }
        // Caffeine drops a failed computation just after it completes; the next viewer then gets a new one
        Standings next = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreException(IllegalStateException.class)
                .until(shared::standings, java.util.Objects::nonNull);
        assertThat(next).isEqualTo(figures.result(2));
        assertThat(figures.computations()).isEqualTo(2);
    }

    @Test
    void withZeroMaxAgeEveryViewerAfterAComputationGetsANewOne() {
        SharedFigures shared = shared(figures.open(), Duration.ZERO, nanos);

        Standings first = shared.standings();
        // the clock never moves here; a viewer asking just as the cache registers the finished computation may
        // still share it, but the ones after get new figures (with a max age they never would: the wait times out)
        Standings second = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(shared::standings, standings -> !standings.equals(first));
        Standings third = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(shared::standings, standings -> !standings.equals(second));

        assertThat(first).isEqualTo(figures.result(1));
        assertThat(second.totals().open()).isGreaterThan(first.totals().open());
        assertThat(third.totals().open()).isGreaterThan(second.totals().open());
    }

    @Test
    void withZeroMaxAgeViewersArrivingDuringAComputationStillShareIt() throws Exception {
        SharedFigures shared = shared(figures.closed(), Duration.ZERO, nanos.countingAsks(VIEWERS));

        List<Future<Standings>> answers = askTogether(shared, VIEWERS);
        nanos.awaitAsks();
        figures.open();

        assertThat(answersOf(answers)).hasSize(VIEWERS).containsOnly(figures.result(1));
        assertThat(figures.computations()).isEqualTo(1);
    }

    @Test
    void aSlowComputationIsWaitedForEvenPastTheMaxAgeSoTheDatabaseNeverRunsTwoAtOnce() throws Exception {
        figures.blockFirstOnly();
        SharedFigures shared = shared(figures.closed(), MAX_AGE, nanos.countingAsks(2));

        Future<Standings> first = viewers.submit(() -> shared.standings());
        figures.awaitFirstComputation();
        nanos.advance(MAX_AGE.plusNanos(1));
        Future<Standings> late = viewers.submit(() -> shared.standings());
        nanos.awaitAsks();
        figures.open();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(figures.result(1));
        assertThat(late.get(10, TimeUnit.SECONDS)).isEqualTo(figures.result(1));
        assertThat(figures.computations()).isEqualTo(1);
    }

    private SharedFigures shared(Supplier<Standings> standings, Duration maxAge, Nanos ticker) {
        SharedFigures shared = new SharedFigures(kind -> standings.get(), weeks -> List.of(), year -> null, maxAge, ticker);
        created.add(shared);
        return shared;
    }

    private List<Future<Standings>> askTogether(SharedFigures shared, int count) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Standings>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(viewers.submit(() -> {
                start.await();
                return shared.standings();
            }));
        }
        start.countDown();
        return answers;
    }

    private static List<Standings> answersOf(List<Future<Standings>> answers) throws Exception {
        List<Standings> standings = new ArrayList<>();
        for (Future<Standings> answer : answers) {
            standings.add(answer.get(10, TimeUnit.SECONDS));
        }
        return standings;
    }

    private static Throwable failureOf(Future<Standings> answer) throws Exception {
        try {
            answer.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("The viewer got figures from a failed computation");
    }

    /** A stand-in for the database: numbered results, optionally held back until opened, optionally failing once. */
    private static final class Figures {

        private final AtomicInteger computations = new AtomicInteger();
        private final CountDownLatch gate = new CountDownLatch(1);
        private final CountDownLatch firstStarted = new CountDownLatch(1);
        private volatile boolean failFirst;
        private volatile boolean blockFirstOnly;

        Supplier<Standings> closed() {
            return this::compute;
        }

        Supplier<Standings> open() {
            gate.countDown();
            return this::compute;
        }

        void failFirst() {
            failFirst = true;
        }

        void blockFirstOnly() {
            blockFirstOnly = true;
        }

        void awaitFirstComputation() throws InterruptedException {
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).as("the first computation started").isTrue();
        }

        int computations() {
            return computations.get();
        }

        /** The figures of the n-th computation, told apart by their instant. */
        Standings result(int n) {
            return new Standings(Instant.EPOCH.plusSeconds(n), new Totals(n, 0, 0, n, 0), List.of(), List.of());
        }

        private Standings compute() {
            int n = computations.incrementAndGet();
            firstStarted.countDown();
            if (n == 1 || !blockFirstOnly) {
                try {
                    if (!gate.await(10, TimeUnit.SECONDS)) {
                        throw new AssertionError("The test never let the computation finish");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            if (n == 1 && failFirst) {
                throw new IllegalStateException("database unavailable");
            }
            return result(n);
        }
    }

    /** A nano clock that moves only when told, and counts how many viewers (by thread) have read it. */
    private static final class Nanos implements Ticker {

        private final AtomicLong now = new AtomicLong(1_000_000_000L);
        private final Set<Thread> askers = ConcurrentHashMap.newKeySet();
        private volatile CountDownLatch asks = new CountDownLatch(0);

        Nanos countingAsks(int count) {
            asks = new CountDownLatch(count);
            return this;
        }

        /**
         * Returns once every viewer has asked and is waiting for the computation: a viewer reads the ticker just before
         * it joins the computation, so on a busy machine it may still be between the two when the ticker is read.
         */
        void awaitAsks() throws InterruptedException {
            assertThat(asks.await(10, TimeUnit.SECONDS)).as("every viewer asked").isTrue();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                    .until(() -> askers.stream().allMatch(viewer -> viewer.getState() == Thread.State.WAITING
                            || viewer.getState() == Thread.State.TIMED_WAITING));
        }

        void advance(Duration duration) {
            now.addAndGet(duration.toNanos());
        }

        @Override
        public long read() {
            if (!Thread.currentThread().getName().equals("shared-figures") && askers.add(Thread.currentThread())) {
                asks.countDown();
            }
            return now.get();
        }
    }
}
