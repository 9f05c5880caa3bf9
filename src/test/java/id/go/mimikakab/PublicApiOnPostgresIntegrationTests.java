package id.go.mimikakab;

import id.go.mimikakab.testing.PostgresTest;

/** The public API contract on the shared PostgreSQL test database. */
@PostgresTest
class PublicApiOnPostgresIntegrationTests extends PublicApiContract {
}
