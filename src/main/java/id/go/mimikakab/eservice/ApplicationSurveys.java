package id.go.mimikakab.eservice;

import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenAccounts;
import id.go.mimikakab.satisfaction.SatisfactionSurveys;
import id.go.mimikakab.satisfaction.SurveyInvitation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites the applicant of an issued application to the satisfaction survey (SKM) of the agency that served them,
 * after the issue has committed; the survey module queues the invitation once per case.
 */
@Component
class ApplicationSurveys {

    private final SatisfactionSurveys surveys;
    private final CitizenAccounts citizens;

    ApplicationSurveys(SatisfactionSurveys surveys, CitizenAccounts citizens) {
        this.surveys = surveys;
        this.citizens = citizens;
    }

    @ApplicationModuleListener
    void issued(ApplicationIssued issued) {
        CitizenAccount applicant = citizens.find(issued.citizenId()).orElse(null);
        surveys.invite(new SurveyInvitation(issued.agencyCode(), "APPLICATION", issued.reference(),
                applicant == null ? null : applicant.email(), applicant == null ? null : applicant.displayName()));
    }
}
