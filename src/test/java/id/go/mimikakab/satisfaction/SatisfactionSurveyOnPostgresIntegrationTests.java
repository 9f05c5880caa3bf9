package id.go.mimikakab.satisfaction;

import id.go.mimikakab.testing.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;

@PostgresTest
@SpringBootTest
class SatisfactionSurveyOnPostgresIntegrationTests extends SatisfactionSurveyContract {
}
