package id.go.mimikakab.dashboard;

import id.go.mimikakab.testing.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;

@PostgresTest
@SpringBootTest
class FiguresMatchDirectCountsOnPostgresIntegrationTests extends FiguresMatchDirectCountsContract {
}
