package id.go.mimikakab.dashboard.web;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DashboardApplicationsAndSatisfactionOnH2IntegrationTests extends DashboardApplicationsAndSatisfactionContract {
}
