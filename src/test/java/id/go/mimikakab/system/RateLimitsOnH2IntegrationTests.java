package id.go.mimikakab.system;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RateLimitsOnH2IntegrationTests extends RateLimitsContract {
}
