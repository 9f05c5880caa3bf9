package id.go.mimikakab.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A staff member as Spring Security sees them during and after a form login. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final StaffMember member;
    private final boolean enabled;
    private String passwordHash;

    StaffPrincipal(StaffAccount account, String passwordHash) {
        this.member = account.member();
        this.enabled = account.enabled();
        this.passwordHash = passwordHash;
    }

    public StaffMember member() {
        return member;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(member.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
