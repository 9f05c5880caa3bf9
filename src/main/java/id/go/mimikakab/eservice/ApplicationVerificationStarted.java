package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/** Published when an officer has taken an application up for verification. */
public record ApplicationVerificationStarted(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at)
        implements ApplicationEvent {
}
