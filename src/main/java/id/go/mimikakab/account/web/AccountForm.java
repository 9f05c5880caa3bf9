package id.go.mimikakab.account.web;

import id.go.mimikakab.account.AccountChange;
import id.go.mimikakab.account.NewAccount;
import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffAccount;

/** The administrator's form for opening or changing a staff account. */
record AccountForm(String username, String email, String displayName, Role role, String agencyCode, Boolean enabled,
        String password) {

    static AccountForm empty() {
        return new AccountForm("", "", "", Role.AGENCY_STAFF, "", true, "");
    }

    static AccountForm of(StaffAccount account) {
        return new AccountForm(account.username(), account.email(), account.displayName(), account.role(),
                account.agencyCode(), account.enabled(), "");
    }

    NewAccount toNewAccount() {
        return new NewAccount(username, email, displayName, role, agencyCode, password);
    }

    AccountChange toChange() {
        return new AccountChange(email, displayName, role, agencyCode, Boolean.TRUE.equals(enabled));
    }
}
