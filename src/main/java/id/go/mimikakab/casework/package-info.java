/**
 * The one case mechanism of every kind of case the government owes a citizen (reports, service applications,
 * health bookings): who owes the next step, its deadline in working days, pauses while the citizen is asked,
 * the traffic light, late marking, the escalation ladder, and the read model the dashboards query.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package id.go.mimikakab.casework;
