package id.go.mimikakab.satisfaction;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SatisfactionSurveyOnH2IntegrationTests extends SatisfactionSurveyContract {
}
