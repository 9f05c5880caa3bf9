/** The append-only, hash-chained audit trail of every change to reference data, accounts, reports and applications. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package id.go.mimikakab.audit;
