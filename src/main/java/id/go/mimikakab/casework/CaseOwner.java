package id.go.mimikakab.casework;

/**
 * The module that owns one kind of case, as the escalation job needs it: it takes an escalation step on its own
 * case (records it in its timeline and audit trail, publishes its notices) in a transaction of its own.
 */
public interface CaseOwner {

    CaseKind kind();

    /** Takes the step on the case with this reference; false when it is not due any more (nothing recorded). */
    boolean escalate(String reference, EscalationStep step);
}
