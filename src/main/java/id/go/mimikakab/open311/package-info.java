/**
 * The Open311 GeoReport v2 interface over citizens' reports, so that civic apps, other government systems and
 * researchers can list Mimika's services, submit reports with an API key and follow them, in XML and JSON.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311 GeoReport v2",
        allowedDependencies = { "report", "agency", "region", "account", "audit", "system" })
package id.go.mimikakab.open311;
