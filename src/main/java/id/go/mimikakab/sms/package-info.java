/**
 * Reports and their status by text message through the Gammu SMSD gateway: reads Gammu's inbox, answers and tells
 * reporters through Gammu's outbox, on the gateway's own database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SMS",
        allowedDependencies = { "report", "notification", "region", "agency", "account", "casework", "system" })
package id.go.mimikakab.sms;
