package id.go.mimikakab.report;

import java.time.Instant;

import id.go.mimikakab.casework.EscalationStep;

/**
 * Published, inside the transaction that records it, when a report that waits on the government climbs one
 * step of the escalation ladder; the notification module decides who is told and how.
 */
public record ReportEscalated(String ticket, EscalationStep step, String agencyCode, String assignee, Instant dueAt) {

    static ReportEscalated of(Report r, EscalationStep step) {
        return new ReportEscalated(r.ticket().value(), step, r.agencyCode(), r.assignee(), r.dueAt());
    }
}
