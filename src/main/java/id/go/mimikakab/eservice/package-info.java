/**
 * MPP Digital: the catalogue of the agencies' public services with their service standards, and citizens'
 * applications for them, which run on the one case mechanism ({@code casework}) beside reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "MPP Digital (services and applications)")
package id.go.mimikakab.eservice;
