package id.go.mimikakab.report;

import id.go.mimikakab.testing.MutableClock;
import id.go.mimikakab.testing.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@PostgresTest
@SpringBootTest
@Import(MutableClock.Configuration.class)
class IdempotencyRetentionOnPostgresIntegrationTests extends IdempotencyRetentionContract {
}
