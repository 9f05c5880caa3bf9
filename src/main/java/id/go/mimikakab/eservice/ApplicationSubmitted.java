package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/** Published when a citizen has submitted an application. */
public record ApplicationSubmitted(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at)
        implements ApplicationEvent {
}
