package id.go.mimikakab.report;

import java.time.Instant;

/**
 * Published, inside the transaction that records it, when a report that waits on the government climbs one
 * step of the escalation ladder; the notification module decides who is told and how.
 */
public record ReportEscalated(String ticket, Step step, String agencyCode, String assignee, Instant dueAt) {

    static ReportEscalated of(Report r, Step step) {
        return new ReportEscalated(r.ticket.value(), step, r.agencyCode, r.assignee, r.dueAt);
    }

    /** The steps of the ladder; the level is what {@code report.escalation_level} holds once a step is taken. */
    public enum Step {
        /** Level 1 while the agency owes the follow-up: one working day is left; the agency's PICs are reminded. */
        REMINDER(1, Responsible.Type.AGENCY),
        /** Level 2: the follow-up deadline has passed (red); the agency head and the command centre are told. */
        OVERDUE(2, Responsible.Type.AGENCY),
        /** Level 3: still red five working days after the deadline; the leaders are told. */
        FLAGGED_TO_LEADERS(3, Responsible.Type.AGENCY),
        /** Level 1 while the command centre owes verification: its deadline has passed; the command centre is told. */
        VERIFICATION_OVERDUE(1, Responsible.Type.COMMAND_CENTER);

        private final int level;
        private final Responsible.Type waitingOn;

        Step(int level, Responsible.Type waitingOn) {
            this.level = level;
            this.waitingOn = waitingOn;
        }

        public int level() {
            return level;
        }

        /** Who owes the next step of a report this step applies to. */
        public Responsible.Type waitingOn() {
            return waitingOn;
        }
    }
}
