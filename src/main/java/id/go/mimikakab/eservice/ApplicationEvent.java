package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event of an application's workflow says: a unique id (notices are queued once per event and
 * recipient), the application, its service and agency, the applicant, and when it happened.
 */
public interface ApplicationEvent {

    UUID eventId();

    String reference();

    String serviceCode();

    String agencyCode();

    long citizenId();

    Instant at();
}
