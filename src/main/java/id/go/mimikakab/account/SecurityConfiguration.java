package id.go.mimikakab.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. Public pages and reference-data lookups are open; administration needs the ADMIN
 * role; everything else needs a signed-in member of staff, by session or by personal access token.
 * Finer rules (a report of one's own agency) are checked by the modules themselves.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Browser features no page uses are switched off; the report form asks for the position ("Gunakan lokasi saya")
     * on its own origin only.
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    /** The scheme and host of a tile URL such as {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}; nothing else. */
    private static final Pattern TILE_ORIGIN = Pattern.compile("^(https?://[A-Za-z0-9.{}-]+(?::[0-9]{1,5})?)(?:/.*)?$");

    private static final String[] PUBLIC_PAGES = {"/", "/login", "/setup/**", "/theme.css", "/css/**", "/js/**",
            "/img/**", "/webjars/**", "/favicon.ico", "/manifest.webmanifest", "/pimpinan-sw.js", "/lapor-sw.js", "/error", "/actuator/health", "/actuator/health/**",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    private static final String[] PUBLIC_LOOKUPS = {"/api/v1/regions/**", "/api/v1/agencies", "/api/v1/calendar/**",
            "/api/v1/report-categories", "/api/v1/reports", "/api/v1/reports/*", "/api/v1/reports/*/photos/**",
            "/api/v1/stats/**", "/api/v1/services"};

    /** What citizens do without an account: report, track, answer, confirm, reopen, say "me too". */
    private static final String[] CITIZEN_PAGES = {"/lapor", "/lapor/**", "/lacak", "/lacak/**", "/laporan", "/laporan/**",
            "/statistik", "/layanan", "/layanan/**"};
    private static final String[] CITIZEN_ACTIONS = {"/api/v1/reports", "/api/v1/reports/*/info-answers",
            "/api/v1/reports/*/confirmation", "/api/v1/reports/*/reopening", "/api/v1/reports/*/me-too"};

    /**
     * Health bookings (issue #11): booking, status, cancel/move, waiting-room display and complaint pages are public;
     * the JSON calls are citizen actions like reports'. FHIR reference resources are public, Appointments (personal
     * data) need a bearer token; the counter ({@code /loket}) and the units' administration ({@code /dinkes}) need a
     * login, and the health module checks the unit.
     */
    private static final String[] HEALTH_PAGES = {"/sehat", "/sehat/**"};
    private static final String[] HEALTH_LOOKUPS = {"/api/v1/health/units", "/api/v1/health/units/**",
            "/api/v1/health/bookings/*", "/api/v1/health/figures"};
    private static final String HEALTH_ACTIONS = "/api/v1/health/bookings(/[^/]+/(cancellation|move))?";
    private static final String FHIR_APPOINTMENTS = "/fhir/r4/Appointment/**";

    /** Open311 clients submit with their API key, which protects the call instead of a login and a CSRF token. */
    private static final String OPEN311_SUBMISSION = "/open311/v2/requests.*";

    /**
     * Citizens' JSON calls carry no session and therefore nothing a cross-site request could borrow; they are
     * protected by tickets, PINs, idempotency keys and rate limits instead of CSRF tokens.
     */
    static boolean isCitizenAction(String path) {
        return path.equals("/api/v1/reports") || path.matches("/api/v1/reports/[^/]+/(info-answers|confirmation|reopening|me-too)")
                || path.matches(HEALTH_ACTIONS);
    }

    /** The request's path inside the application, whatever the servlet mapping. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The policy, with the map's tile server allowed as an image source when one is configured; a URL that is not a
     * plain http(s) origin is left out rather than let into the header.
     */
    static String contentSecurityPolicy(String tileUrl) {
        Matcher origin = TILE_ORIGIN.matcher(tileUrl == null ? "" : tileUrl.strip());
        if (!origin.matches()) {
            return CONTENT_SECURITY_POLICY;
        }
        String source = origin.group(1).replace("{s}", "*");
        return source.contains("{") ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace("img-src 'self' data:;", "img-src 'self' data: " + source + ";");
    }

    /**
     * No observation per security filter: those spans cost about a tenth of a public submission's CPU, and every
     * request is still timed as a whole by the HTTP server's own observation ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * A request the firewall refuses (an encoded line break or another forbidden character in its address) is a
     * client error like any other: on the API an RFC 9457 problem, not Spring Boot's default error JSON.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        ApiProblemWriter problems = new ApiProblemWriter(json);
        return (request, response, rejected) -> {
            if (pathOf(request).startsWith("/api/")) {
                problems.write(response, 400, "Bad Request", "The address contains characters that are not allowed.");
            } else {
                response.sendError(400);
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessTokens tokens, StaffAccounts accounts,
            AuditTrail audit, AccountProperties properties, RateLimits limits, JsonMapper json,
            @Value("${mimika.map.tile-url:}") String tileUrl) throws Exception {
        ApiProblemWriter problems = new ApiProblemWriter(json);
        LoginThrottle throttle = new LoginThrottle(limits, properties, accounts, audit);
        LoginOutcomeHandler outcome = new LoginOutcomeHandler(audit, throttle);
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        RequestMatcher api = request -> pathOf(request).startsWith("/api/") || pathOf(request).startsWith("/fhir/");
        http
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_LOOKUPS).permitAll()
                        .requestMatchers(CITIZEN_PAGES).permitAll()
                        .requestMatchers(HttpMethod.POST, CITIZEN_ACTIONS).permitAll()
                        .requestMatchers(HttpMethod.GET, "/open311/**").permitAll()
                        .requestMatchers(HttpMethod.POST, OPEN311_SUBMISSION).permitAll()
                        // signed documents' verification and the satisfaction survey: public, no account (issue #8)
                        .requestMatchers("/verifikasi", "/verifikasi/*", "/survei/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/documents/*").permitAll()
                        .requestMatchers(HEALTH_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, HEALTH_LOOKUPS).permitAll()
                        .requestMatchers(request -> "POST".equals(request.getMethod()) && pathOf(request).matches(HEALTH_ACTIONS)).permitAll()
                        .requestMatchers("/fhir/r4/Appointment", FHIR_APPOINTMENTS).authenticated()
                        .requestMatchers(HttpMethod.GET, "/fhir/r4/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(outcome)
                        .failureHandler(outcome)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf
                        .ignoringRequestMatchers(AccessTokenFilter::carriesBearerToken)
                        .ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
                                && isCitizenAction(pathOf(request)))
                        .ignoringRequestMatchers(OPEN311_SUBMISSION)
                        // FHIR clients book with a bearer token; without one the call is refused with 401, not a CSRF 403
                        .ignoringRequestMatchers("/fhir/r4/Appointment"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(response, 401,
                                "Unauthorized", "Sign in or send a personal access token as 'Authorization: Bearer …'."), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> problems.write(response, 403,
                                "Forbidden", "Your role does not allow this."), api))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccessTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new CurrentStaffFilter(accounts, contexts), AuthorizationFilter.class);
        return http.build();
    }
}
