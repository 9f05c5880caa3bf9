/** The regency's agencies (OPD) that receive citizens' reports and run public services. */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package id.go.mimikakab.agency;
