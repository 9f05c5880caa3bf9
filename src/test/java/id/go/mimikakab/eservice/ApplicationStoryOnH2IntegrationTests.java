package id.go.mimikakab.eservice;

import id.go.mimikakab.testing.MutableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
class ApplicationStoryOnH2IntegrationTests extends ApplicationStoryContract {
}
