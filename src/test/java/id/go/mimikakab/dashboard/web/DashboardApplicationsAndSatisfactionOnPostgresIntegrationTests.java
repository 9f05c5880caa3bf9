package id.go.mimikakab.dashboard.web;

import id.go.mimikakab.testing.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;

@PostgresTest
@SpringBootTest
class DashboardApplicationsAndSatisfactionOnPostgresIntegrationTests extends DashboardApplicationsAndSatisfactionContract {
}
