package id.go.mimikakab.eservice;

import id.go.mimikakab.account.Role;

/** One step of a service's workflow: what it is called, which role of the agency acts, and its working days. */
public record WorkflowStep(StepName step, String label, Role actingRole, int workingDays) {

    public WorkflowStep {
        if (step == null || label == null || label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("A step needs a name and a label of at most 200 characters");
        }
        if (actingRole != Role.AGENCY_STAFF && actingRole != Role.AGENCY_HEAD) {
            throw new IllegalArgumentException("A step is taken by the agency's staff or its head");
        }
        if (step == StepName.APPROVAL && actingRole != Role.AGENCY_HEAD) {
            throw new IllegalArgumentException("Approval is the agency head's");
        }
        if (workingDays < 1 || workingDays > 365) {
            throw new IllegalArgumentException("A step has 1 to 365 working days");
        }
    }

    /** Whether a member of the agency with this role may take the step: the head may take any step. */
    public boolean takenBy(Role role) {
        return role == Role.AGENCY_HEAD || role == actingRole;
    }
}
