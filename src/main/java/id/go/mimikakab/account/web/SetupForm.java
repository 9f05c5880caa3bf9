package id.go.mimikakab.account.web;

import id.go.mimikakab.account.NewAccount;
import id.go.mimikakab.account.Role;

/** The form that opens the first administrator through a one-time setup link. */
record SetupForm(String username, String email, String displayName, String password, String passwordRepeat) {

    static SetupForm empty() {
        return new SetupForm("", "", "", "", "");
    }

    NewAccount toAccount() {
        return new NewAccount(username, email, displayName, Role.ADMIN, null, password);
    }
}
