/** Citizens' reports (laporan): their categories and routing to agencies; intake and lifecycle build on this. */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen reports")
package id.go.mimikakab.report;
