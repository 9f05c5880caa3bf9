package id.go.mimikakab.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events that were published but not handled: the node handling one stopped,
 * or the listener failed (a mail template missing, the database away). Events are kept by Spring Modulith's
 * publication registry until handled; this job, on one node at a time, resubmits those older than
 * {@link #MIN_AGE} (long past any handling still under way), at most {@link #MAX_ATTEMPTS} times each. Listeners
 * that queue messages do so once per event and recipient, so handling an event twice sends nothing twice.
 */
@Component
class EventRedelivery {

    static final Duration MIN_AGE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 20;

    private final IncompleteEventPublications incomplete;

    EventRedelivery(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${mimika.events.redelivery-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M")
    public void redeliver() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(MIN_AGE)
                .withBatchSize(500)
                .withFilter(publication -> publication.getCompletionAttempts() < MAX_ATTEMPTS));
    }
}
