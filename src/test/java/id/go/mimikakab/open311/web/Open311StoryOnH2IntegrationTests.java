package id.go.mimikakab.open311.web;

import id.go.mimikakab.testing.MutableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
class Open311StoryOnH2IntegrationTests extends Open311StoryContract {
}
