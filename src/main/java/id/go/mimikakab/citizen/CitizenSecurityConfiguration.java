package id.go.mimikakab.citizen;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The citizens' own filter chain, ahead of the staff chain, for {@code /warga/**} (pages) and
 * {@code /api/v1/applicant/**} (JSON, with HTTP Basic). It authenticates against citizen accounts only and keeps a
 * citizen's sign-in under its own session attribute, so a citizen is never a member of staff and staff credentials
 * open nothing here.
 */
@Configuration(proxyBeanMethods = false)
class CitizenSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final String[] OPEN_PAGES = {"/warga/masuk", "/warga/daftar", "/warga/verifikasi", "/warga/lupa-sandi",
            "/warga/sandi-baru"};

    @Bean
    @Order(1)
    SecurityFilterChain citizenFilterChain(HttpSecurity http, CitizenAccounts accounts, PasswordEncoder passwords) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        provider.setPasswordEncoder(passwords);
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey(SignedInCitizen.SESSION_ATTRIBUTE);
        RequestMatcher api = request -> path(request).startsWith("/api/");
        RequestMatcher basic = request -> {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        };
        http
                .securityMatcher("/warga/**", "/api/v1/applicant/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(OPEN_PAGES).permitAll()
                        .anyRequest().hasAuthority(CitizenPrincipal.AUTHORITY))
                .formLogin(form -> form
                        .loginPage("/warga/masuk")
                        .usernameParameter("login")
                        .defaultSuccessUrl("/warga/akun")
                        .failureUrl("/warga/masuk?gagal")
                        .permitAll())
                .httpBasic(httpBasic -> httpBasic.realmName("warga"))
                .logout(logout -> logout.logoutUrl("/warga/keluar").logoutSuccessUrl("/warga/masuk?keluar"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(basic))
                .securityContext(context -> context.securityContextRepository(
                        new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/warga/masuk"),
                                request -> !path(request).startsWith("/api/"))
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problem(response, 401, "Unauthorized",
                                "Sign in with a verified citizen account (HTTP Basic: e-mail address or mobile number and password)."), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> problem(response, 403, "Forbidden",
                                "Only citizens' accounts may do this."), api));
        return http.build();
    }

    private static String path(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"warga\"");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
