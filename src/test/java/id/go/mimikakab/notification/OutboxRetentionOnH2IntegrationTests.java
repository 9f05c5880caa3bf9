package id.go.mimikakab.notification;

import id.go.mimikakab.testing.MutableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MutableClock.Configuration.class)
class OutboxRetentionOnH2IntegrationTests extends OutboxRetentionContract {
}
