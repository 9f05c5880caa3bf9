package id.go.mimikakab.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.IntFunction;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.satisfaction.RegencySatisfaction;
import id.go.mimikakab.satisfaction.SatisfactionIndex;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The figures as the dashboards' viewers and the public statistics get them, one computation of the standings
 * (and of each length of trend) shared by every caller within {@code mimika.dashboard.figures-max-age}, while the
 * figures that must be exact when asked for (weekly PDF, exports, the wall's live feed) come from
 * {@link PerformanceFigures} directly.
 *
 * <p>Caffeine's asynchronous cache does the sharing: a caller gets the computation still running (and waits for
 * it, however long it takes, so a slow database is never asked for two at once), or one that finished at most the
 * max age ago, or starts a new one; a failed computation reaches everyone who waited for it and is not kept. The
 * standings of every kind and those of each kind of case (the leaders' filter) are shared apart. The satisfaction
 * index shown beside the lights is shared the same way, one entry per year.
 */
@Component
public class SharedFigures implements DisposableBean {

    /** The longest trend anyone may ask for, in weeks; it also bounds the number of trends kept. */
    public static final int MAX_TREND_WEEKS = 104;

    /** Computations run here, one at most per kind of figure at a time, so a viewer's thread only waits. */
    private final ExecutorService computing = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "shared-figures");
        thread.setDaemon(true);
        return thread;
    });
    private final AsyncLoadingCache<Optional<CaseKind>, Standings> standings;
    private final AsyncLoadingCache<Integer, List<WeekFigures>> trends;
    private final AsyncLoadingCache<Integer, RegencySatisfaction> satisfaction;

    @Autowired
    SharedFigures(PerformanceFigures figures, SatisfactionIndex satisfaction, DashboardProperties properties) {
        this(figures::standings, figures::regencyTrend, satisfaction::regency, properties.figuresMaxAge(), Ticker.systemTicker());
    }

    /** Age is measured on the {@code ticker}, not on the application's {@code Clock}, which tests move by hand. */
    SharedFigures(Function<CaseKind, Standings> standings, IntFunction<List<WeekFigures>> trend,
            IntFunction<RegencySatisfaction> satisfaction, Duration maxAge, Ticker ticker) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("The max age of shared figures must not be negative: " + maxAge);
        }
        this.standings = Caffeine.newBuilder().expireAfterWrite(maxAge).ticker(ticker).executor(computing)
                .buildAsync(kind -> standings.apply(kind.orElse(null)));
        this.trends = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(MAX_TREND_WEEKS).ticker(ticker)
                .executor(computing).buildAsync(trend::apply);
        this.satisfaction = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(4).ticker(ticker)
                .executor(computing).buildAsync(satisfaction::apply);
    }

    /** Totals, league table and districts, at most the max age old (or as old as the computation still running). */
    public Standings standings() {
        return standings(null);
    }

    /** The standings counting one kind of case only, or every kind when {@code kind} is {@code null}, shared alike. */
    public Standings standings(CaseKind kind) {
        return shared(standings.get(Optional.ofNullable(kind)));
    }

    /** The regency's weekly trend over 1 to {@link #MAX_TREND_WEEKS} weeks, oldest first, shared like the standings. */
    public List<WeekFigures> regencyTrend(int weeks) {
        if (weeks < 1 || weeks > MAX_TREND_WEEKS) {
            throw new IllegalArgumentException("A trend covers 1 to " + MAX_TREND_WEEKS + " weeks, not " + weeks);
        }
        return shared(trends.get(weeks));
    }

    /** The IKM of each service unit and of the regency over the given year, shared like the standings. */
    public RegencySatisfaction satisfaction(int year) {
        return shared(satisfaction.get(year));
    }

    /** The computation's result, or what stopped it, as the computation threw it. */
    private static <T> T shared(CompletableFuture<T> computation) {
        try {
            return computation.join();
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

    @Override
    public void destroy() {
        computing.shutdownNow();
    }
}
