package id.go.mimikakab.report;

import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.CaseOwner;
import id.go.mimikakab.casework.EscalationStep;

import org.springframework.stereotype.Component;

/** Reports as the case mechanism's escalation job sees them: it takes each step through the report's workflow. */
@Component
class ReportEscalations implements CaseOwner {

    private final ReportWorkflow workflow;

    ReportEscalations(ReportWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.REPORT;
    }

    @Override
    public boolean escalate(String reference, EscalationStep step) {
        return workflow.escalate(reference, step);
    }
}
