/**
 * Cross-cutting infrastructure every module builds on: the shifted clock, demo mode, the regency's
 * identity, the page layout, locale switching and the JSON error format.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package id.go.mimikakab.system;
