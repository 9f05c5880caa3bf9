package id.go.mimikakab.system;

import id.go.mimikakab.testing.MutableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MutableClock.Configuration.class)
class EventRedeliveryOnH2IntegrationTests extends EventRedeliveryContract {
}
