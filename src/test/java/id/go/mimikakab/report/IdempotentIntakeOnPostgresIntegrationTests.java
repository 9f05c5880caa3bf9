package id.go.mimikakab.report;

import id.go.mimikakab.testing.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;

@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mimika.report.submissions-per-hour=1000")
class IdempotentIntakeOnPostgresIntegrationTests extends IdempotentIntakeContract {
}
