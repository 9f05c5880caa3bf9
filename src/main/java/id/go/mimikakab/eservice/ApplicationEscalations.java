package id.go.mimikakab.eservice;

import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.CaseOwner;
import id.go.mimikakab.casework.EscalationStep;

import org.springframework.stereotype.Component;

/** Applications as the case mechanism's escalation job sees them: each step is taken through the workflow. */
@Component
class ApplicationEscalations implements CaseOwner {

    private final ApplicationWorkflow workflow;

    ApplicationEscalations(ApplicationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.APPLICATION;
    }

    @Override
    public boolean escalate(String reference, EscalationStep step) {
        return workflow.escalate(reference, step);
    }
}
