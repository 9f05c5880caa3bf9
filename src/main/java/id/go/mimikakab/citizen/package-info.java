/**
 * Citizens' own accounts (e-mail or mobile number and password, verified by a sent code, password reset) on a
 * security filter chain of their own beside the staff login, and the mobile numbers citizens give.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen accounts")
package id.go.mimikakab.citizen;
