package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/** Published when an application was processed and sent to the agency head for approval. */
public record ApplicationProcessed(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at)
        implements ApplicationEvent {
}
