package id.go.mimikakab.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events that were published but not handled: the listener failed (a mail
 * template missing, the database away), or the node handling one stopped. Events are kept by Spring Modulith's
 * publication registry until handled; this job, on one node at a time, first gives up on handlings still open
 * after {@link #MIN_AGE} (published, under way or handed again, long past any handling on a live node: that node
 * stopped), marking them failed, then hands every failed event again, at most {@link #MAX_ATTEMPTS} times each.
 * Listeners that queue messages do so once per event and recipient, so handling an event twice sends nothing twice.
 */
@Component
class EventRedelivery {

    static final Duration MIN_AGE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 20;

    private final EventPublicationRegistry registry;
    private final IncompleteEventPublications incomplete;

    EventRedelivery(EventPublicationRegistry registry, IncompleteEventPublications incomplete) {
        this.registry = registry;
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${mimika.events.redelivery-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M")
    public void redeliver() {
        registry.markStalePublicationsFailed(status -> MIN_AGE);
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(MIN_AGE)
                .withBatchSize(500)
                .withFilter(publication -> publication.getCompletionAttempts() < MAX_ATTEMPTS));
    }
}
