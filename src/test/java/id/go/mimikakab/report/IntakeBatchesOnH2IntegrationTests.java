package id.go.mimikakab.report;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class IntakeBatchesOnH2IntegrationTests extends IntakeBatchesContract {
}
