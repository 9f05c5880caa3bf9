package id.go.mimikakab.casework;

/**
 * The steps of the escalation ladder of a case that waits on the government; the level is what
 * {@code work_case.escalation_level} holds once a step is taken, and a new owed step starts the ladder again.
 */
public enum EscalationStep {
    /** Level 1 while the agency owes the step: one working day is left; the agency's PICs are reminded. */
    REMINDER(1, Party.AGENCY),
    /** Level 2: the agency's deadline has passed (red); the agency head and the command centre are told. */
    OVERDUE(2, Party.AGENCY),
    /** Level 3: still red five working days after the deadline; the leaders are told. */
    FLAGGED_TO_LEADERS(3, Party.AGENCY),
    /** Level 1 while the command centre owes verification: its deadline has passed; the command centre is told. */
    VERIFICATION_OVERDUE(1, Party.COMMAND_CENTER);

    private final int level;
    private final Party waitingOn;

    EscalationStep(int level, Party waitingOn) {
        this.level = level;
        this.waitingOn = waitingOn;
    }

    public int level() {
        return level;
    }

    /** Who owes the next step of a case this step applies to. */
    public Party waitingOn() {
        return waitingOn;
    }
}
