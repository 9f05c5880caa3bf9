package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/** Published when an application was rejected, with the reason and its legal basis. */
public record ApplicationRejected(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at, String reason, String legalBasis)
        implements ApplicationEvent {
}
