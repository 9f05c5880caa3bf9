package id.go.mimikakab.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles login attempts per client address, so that guessing passwords across many accounts is slow
 * even before each account's own lock applies. Over the limit the form answers 429 with {@code Retry-After}.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final int attemptsPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    LoginRateLimitFilter(int attemptsPerMinute) {
        this.attemptsPerMinute = attemptsPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attemptsPerMinute).refillGreedy(attemptsPerMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.sendError(429, "Too many login attempts");
    }
}
