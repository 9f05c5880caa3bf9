package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/** Published when an application was approved and its document issued (the code, once the document module issues one). */
public record ApplicationIssued(UUID eventId, String reference, String serviceCode, String agencyCode, long citizenId, Instant at, String documentCode)
        implements ApplicationEvent {
}
