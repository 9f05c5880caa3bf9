package id.go.mimikakab.testing;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until every event published so far has been handled by its after-commit listeners (notices are queued by
 * them, after the change commits and on another thread), so a test can then assert what was queued, and that
 * nothing more was. The event publication registry keeps an event until its listener completes it; events whose
 * listener failed stay, marked failed, and are not waited for.
 */
public final class HandledEvents {

    private HandledEvents() {
    }

    public static void await(JdbcClient jdbc) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and (status is null or status <> 'FAILED')""").query(Long.class).single() == 0);
    }
}
