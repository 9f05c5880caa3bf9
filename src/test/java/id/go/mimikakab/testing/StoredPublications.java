package id.go.mimikakab.testing;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the publications the event publication registry stores for an event and one listening class, by publishing
 * the event in a transaction that is rolled back after counting, so no listener runs and nothing is sent.
 */
public record StoredPublications(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {

    /** The publications for listeners of {@code listenerClass} (its simple name) of an event that names {@code marker}. */
    public long of(Object event, String listenerClass, String marker) {
        Long count = transactions.execute(status -> {
            events.publishEvent(event);
            status.setRollbackOnly();
            return jdbc.sql("select count(*) from event_publication where listener_id like :listener and serialized_event like :marker")
                    .param("listener", "%" + listenerClass + "%").param("marker", "%" + marker + "%").query(Long.class).single();
        });
        return count;
    }

    /** A ticket no stored report has, to find an event's publications by. */
    public static String freshTicket() {
        return "TST-" + UUID.randomUUID();
    }
}
