package id.go.mimikakab.eservice;

import id.go.mimikakab.testing.MutableClock;
import id.go.mimikakab.testing.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
class ApplicationStoryOnPostgresIntegrationTests extends ApplicationStoryContract {
}
