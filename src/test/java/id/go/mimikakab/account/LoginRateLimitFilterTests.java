package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginRateLimitFilterTests {

    private final LoginRateLimitFilter filter = new LoginRateLimitFilter(3);

    private MockHttpServletResponse attempt(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void answersTooManyRequestsWithRetryAfterOnceAnAddressUsesUpItsAttempts() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("10.1.1.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = attempt("10.1.1.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void countsEachAddressSeparately() throws Exception {
        for (int i = 0; i < 4; i++) {
            attempt("10.2.2.2");
        }
        assertThat(attempt("10.3.3.3").getStatus()).isEqualTo(200);
    }

    @Test
    void leavesOtherRequestsAlone() throws Exception {
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
            request.setServletPath("/login");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }
}
