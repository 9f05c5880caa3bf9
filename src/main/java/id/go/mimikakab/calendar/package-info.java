/** The working-day calendar (weekends, national holidays, collective leave, regional days) and deadlines counted in working days. */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package id.go.mimikakab.calendar;
