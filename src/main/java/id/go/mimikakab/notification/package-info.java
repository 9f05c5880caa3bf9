/**
 * Tells people what happens to reports, by e-mail now and by SMS or WhatsApp later, through a database outbox
 * that keeps every message until a sender has delivered it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = { "report", "casework", "account", "agency", "region", "system", "citizen" })
package id.go.mimikakab.notification;
