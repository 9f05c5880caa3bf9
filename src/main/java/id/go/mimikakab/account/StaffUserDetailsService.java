package id.go.mimikakab.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a member of staff for the login form by username or e-mail. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return accounts.findByLogin(login)
                .map(account -> new StaffPrincipal(account, accounts.passwordHashOf(account.id()), clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
