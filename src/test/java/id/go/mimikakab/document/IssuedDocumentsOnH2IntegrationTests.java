package id.go.mimikakab.document;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class IssuedDocumentsOnH2IntegrationTests extends IssuedDocumentsContract {
}
