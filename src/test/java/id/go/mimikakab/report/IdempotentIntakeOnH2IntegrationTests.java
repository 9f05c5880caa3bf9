package id.go.mimikakab.report;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotentIntakeOnH2IntegrationTests extends IdempotentIntakeContract {
}
