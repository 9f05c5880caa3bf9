package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;
import java.util.Map;

/** Published when an application was returned for correction, with the reason per field or document. */
public record ApplicationReturned(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at, Map<String, String> corrections)
        implements ApplicationEvent {
}
