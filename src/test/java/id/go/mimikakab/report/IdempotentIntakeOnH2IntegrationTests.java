package id.go.mimikakab.report;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mimika.report.submissions-per-hour=1000")
class IdempotentIntakeOnH2IntegrationTests extends IdempotentIntakeContract {
}
