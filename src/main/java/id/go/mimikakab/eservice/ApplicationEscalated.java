package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/** Published when the escalation job took a step on a late application. */
public record ApplicationEscalated(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at, String step)
        implements ApplicationEvent {
}
