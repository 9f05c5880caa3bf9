package id.go.mimikakab.report;

import id.go.mimikakab.testing.MutableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MutableClock.Configuration.class)
class IdempotencyRetentionOnH2IntegrationTests extends IdempotencyRetentionContract {
}
