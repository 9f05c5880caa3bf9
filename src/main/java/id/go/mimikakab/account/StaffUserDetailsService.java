package id.go.mimikakab.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a member of staff for the login form by username or e-mail. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return accounts.findByLogin(login)
                .map(account -> new StaffPrincipal(account, accounts.passwordHashOf(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
