package id.go.mimikakab.satisfaction;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.mimikakab.report.ReportChanged;
import id.go.mimikakab.report.ReportStatus;

/**
 * Invites the reporter of a closed report, if they gave an e-mail address, to rate the agency that handled it.
 * A plain listener inside the closing transaction, like the report notices: the invitation and its e-mail commit
 * with the closing or not at all. (Listens to {@code ReportChanged} until report publishes a typed closing event.)
 */
@Component
class ReportSurveys {

    static final String KIND = "REPORT";

    private final SatisfactionSurveys surveys;

    ReportSurveys(SatisfactionSurveys surveys) {
        this.surveys = surveys;
    }

    @EventListener
    void reportChanged(ReportChanged change) {
        if (change.status() != ReportStatus.CLOSED || change.agencyCode() == null
                || change.reporterEmail() == null || change.reporterEmail().isBlank()) {
            return;
        }
        surveys.invite(new SurveyInvitation(change.agencyCode(), KIND, change.ticket(), change.reporterEmail(), null));
    }
}
