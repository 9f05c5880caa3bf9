package id.go.mimikakab.report;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a citizen's report, published by the report as it takes the step and stored by Spring
 * Modulith's event publication registry with the change itself, so a listener in another module handles it after
 * the commit, at least once, and never undoes the change. Every event says which report, where it stands now, who
 * owes the next step by when, how to reach its reporter, and names itself with an id that stays the same when the
 * event is handed again (a listener that sends something keys it on {@link #eventId()} and sends it once).
 */
public sealed interface ReportEvent permits ReportSubmitted, ReportRouted, ReportRejected, ReportMerged,
        ReportInfoRequested, ReportInfoGiven, ReportAcknowledged, ReportAssigned, ReportRerouteRequested,
        ReportFollowedUp, ReportWorkStarted, ReportCompleted, ReportClosed, ReportReopened, ReportEscalated {

    /** What every report event tells, taken from the report just after the step. */
    Facts facts();

    /** The same for every delivery of this event. */
    default UUID eventId() {
        return facts().eventId();
    }

    default String ticket() {
        return facts().ticket();
    }

    /** The status the step left the report in. */
    default ReportStatus status() {
        return facts().status();
    }

    /** The agency the report is with, or null while the command centre has it. */
    default String agencyCode() {
        return facts().agencyCode();
    }

    /** When whoever owes the next step must take it; null when nobody in government owes one. */
    default Instant dueAt() {
        return facts().dueAt();
    }

    /** The reporter's e-mail address, or null when they gave none. */
    default String reporterEmail() {
        return facts().reporterEmail();
    }

    /** The reporter's phone number, or null when they gave none. */
    default String reporterPhone() {
        return facts().reporterPhone();
    }

    /** Whether the report is hidden from the public (only its reporter, the command centre and its agency see it). */
    default boolean confidential() {
        return facts().confidential();
    }

    default Instant occurredAt() {
        return facts().occurredAt();
    }

    /** The facts every report event carries. */
    record Facts(UUID eventId, String ticket, ReportStatus status, String agencyCode, Instant dueAt, String reporterEmail,
            String reporterPhone, boolean confidential, Instant occurredAt) {

        public Facts {
            if (eventId == null || ticket == null || status == null || occurredAt == null) {
                throw new IllegalArgumentException("A report event needs an id, a ticket, a status and a time");
            }
        }
    }
}
