package id.go.mimikakab.document;

import id.go.mimikakab.testing.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;

@PostgresTest
@SpringBootTest
class IssuedDocumentsOnPostgresIntegrationTests extends IssuedDocumentsContract {
}
