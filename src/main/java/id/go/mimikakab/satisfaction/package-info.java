/**
 * The citizen satisfaction survey, SKM (PermenPANRB 14/2017): invitations after a case ends, the nine-element
 * questionnaire, and the satisfaction index (IKM) per service unit and period, computed exactly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Satisfaction survey (SKM)",
        allowedDependencies = { "agency", "audit", "notification", "report", "system" })
package id.go.mimikakab.satisfaction;
