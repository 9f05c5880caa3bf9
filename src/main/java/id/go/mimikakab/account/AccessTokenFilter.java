package id.go.mimikakab.account;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer <personal access token>} for that request
 * only; an unknown or revoked token is refused with 401 rather than treated as anonymous.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final ApiProblemWriter problems;

    AccessTokenFilter(AccessTokens tokens, ApiProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean carriesBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * A streamed answer (e.g. server-sent events) ends with an async dispatch that is authorized again; the token
     * must sign it in too, as no session carries it.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        Optional<StaffMember> member = tokens.authenticate(secret);
        if (member.isEmpty()) {
            problems.write(response, 401, "Unauthorized", "The access token is unknown or revoked.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.get(), null,
                List.of(new SimpleGrantedAuthority(member.get().role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
