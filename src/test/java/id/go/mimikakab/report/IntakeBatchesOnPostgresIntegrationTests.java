package id.go.mimikakab.report;

import id.go.mimikakab.testing.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;

@PostgresTest
@SpringBootTest
class IntakeBatchesOnPostgresIntegrationTests extends IntakeBatchesContract {
}
