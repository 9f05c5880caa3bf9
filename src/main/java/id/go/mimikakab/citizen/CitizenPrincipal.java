package id.go.mimikakab.citizen;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A citizen as Spring Security sees them: the one authority {@value #AUTHORITY}, which no staff account has. */
public final class CitizenPrincipal implements UserDetails, CredentialsContainer {

    public static final String AUTHORITY = "ROLE_CITIZEN";

    private final CitizenAccount account;
    private String passwordHash;

    CitizenPrincipal(CitizenAccount account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public CitizenAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(AUTHORITY));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.login();
    }

    @Override
    public boolean isEnabled() {
        return account.verified();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
