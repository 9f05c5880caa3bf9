/** Staff accounts, their roles and agencies, login, personal access tokens and the first administrator of an install. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package id.go.mimikakab.account;
