package id.go.mimikakab.report;

import id.go.mimikakab.casework.EscalationStep;

/** A report that waits on the government climbed one step of the escalation ladder; {@code assignee} is the agency's PIC in charge, if any. */
public record ReportEscalated(ReportEvent.Facts facts, EscalationStep step, String assignee) implements ReportEvent {
}
