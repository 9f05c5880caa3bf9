package id.go.mimikakab.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the tokens that a node's requests ask for at the same moment together: one thread drains the waiting
 * attempts and takes them with one statement (and one commit) per limit, instead of one transaction per request,
 * which cost PostgreSQL more than the report they guarded (decision 175). Two attempts for the same key never share
 * a statement (a statement may change a row only once); the second waits for the next round. An attempt is answered
 * once its statement has committed; if the database fails, every attempt of that statement fails as it would have
 * on its own.
 */
final class TokenTakeBatches implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TokenTakeBatches.class);
    private static final int MAX_BATCH = 256;
    private static final long LONGEST_WAIT_SECONDS = 30;

    private record Attempt(SharedTokenCounts limit, String id, CompletableFuture<OptionalLong> answer) {
    }

    private final LinkedBlockingQueue<Attempt> waiting = new LinkedBlockingQueue<>();
    private final Thread taker;
    private volatile boolean open = true;

    TokenTakeBatches() {
        taker = new Thread(this::takeWhileOpen, "rate-limit-taker");
        taker.setDaemon(true);
        taker.start();
    }

    /** Empty when a token was taken for the row key; otherwise the nanoseconds to wait. */
    OptionalLong take(SharedTokenCounts limit, String id) {
        if (!open) {
            throw new IllegalStateException("The rate limits are closed: the node is stopping");
        }
        Attempt attempt = new Attempt(limit, id, new CompletableFuture<>());
        waiting.add(attempt);
        try {
            return attempt.answer().get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("No answer from the rate limits within " + LONGEST_WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the rate limits", e);
        }
    }

    private void takeWhileOpen() {
        List<Attempt> later = new ArrayList<>();
        while (open) {
            try {
                List<Attempt> round = new ArrayList<>(later);
                later.clear();
                if (round.isEmpty()) {
                    Attempt first = waiting.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    round.add(first);
                }
                waiting.drainTo(round, MAX_BATCH - round.size());
                Map<SharedTokenCounts, List<Attempt>> byLimit = new LinkedHashMap<>();
                Set<String> ids = new HashSet<>();
                for (Attempt attempt : round) {
                    if (ids.add(attempt.id())) {
                        byLimit.computeIfAbsent(attempt.limit(), limit -> new ArrayList<>()).add(attempt);
                    } else {
                        later.add(attempt);
                    }
                }
                byLimit.forEach(this::takeFor);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        later.forEach(attempt -> attempt.answer().completeExceptionally(new IllegalStateException("The node is stopping")));
    }

    private void takeFor(SharedTokenCounts limit, List<Attempt> attempts) {
        try {
            Map<String, Long> waits = limit.takeAll(attempts.stream().map(Attempt::id).toList());
            for (Attempt attempt : attempts) {
                Long wait = waits.get(attempt.id());
                attempt.answer().complete(wait == null ? OptionalLong.empty() : OptionalLong.of(wait));
            }
        } catch (RuntimeException | Error failure) {
            log.debug("Taking {} tokens failed", attempts.size(), failure);
            attempts.forEach(attempt -> attempt.answer().completeExceptionally(failure));
        }
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        taker.join(TimeUnit.SECONDS.toMillis(5));
        for (Attempt left; (left = waiting.poll()) != null; ) {
            left.answer().completeExceptionally(new IllegalStateException("The node is stopping"));
        }
    }
}
