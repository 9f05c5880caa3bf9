package id.go.mimikakab.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import id.go.mimikakab.system.Wit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock that tests move forward, instead of sleeping; import {@link Config} to make it the program's clock. */
public class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final Clock base = Clock.system(Wit.ZONE);

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return Wit.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base, offset.get()).withZone(zone);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /** Replaces the program's clock with one {@link MutableClock} for the test context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
