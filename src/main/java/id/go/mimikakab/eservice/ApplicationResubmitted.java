package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/** Published when the applicant has sent the correction of a returned application. */
public record ApplicationResubmitted(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at)
        implements ApplicationEvent {
}
