/** Mimika's districts (distrik) and villages (kampung and kelurahan) with their Kemendagri codes. */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package id.go.mimikakab.region;
