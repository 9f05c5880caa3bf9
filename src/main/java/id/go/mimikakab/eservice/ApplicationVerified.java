package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/** Published when an application's documents were found complete and processing has started. */
public record ApplicationVerified(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at)
        implements ApplicationEvent {
}
