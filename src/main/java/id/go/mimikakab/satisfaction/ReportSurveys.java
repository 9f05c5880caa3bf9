package id.go.mimikakab.satisfaction;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.mimikakab.report.ReportClosed;

/**
 * Invites the reporter of a closed report, if they gave an e-mail address, to rate the agency that handled it.
 * Runs after the closing has committed, from the event publication registry, which hands the event again if this
 * failed; {@link SatisfactionSurveys#invite} makes one invitation and one e-mail per report however often it runs.
 */
@Component
class ReportSurveys {

    static final String KIND = "REPORT";

    private final SatisfactionSurveys surveys;

    ReportSurveys(SatisfactionSurveys surveys) {
        this.surveys = surveys;
    }

    @ApplicationModuleListener
    void reportClosed(ReportClosed closed) {
        if (closed.agencyCode() == null || closed.reporterEmail() == null || closed.reporterEmail().isBlank()) {
            return;
        }
        surveys.invite(new SurveyInvitation(closed.agencyCode(), KIND, closed.ticket(), closed.reporterEmail(), null));
    }
}
