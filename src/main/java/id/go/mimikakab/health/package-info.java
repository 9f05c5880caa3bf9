/** Health units (Puskesmas, RSUD, Pustu), their schedules and quotas, citizens' bookings with queue numbers, the units' daily queue and the FHIR R4 interface. */
@org.springframework.modulith.ApplicationModule(displayName = "Health bookings")
package id.go.mimikakab.health;
