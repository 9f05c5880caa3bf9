package id.go.mimikakab.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import id.go.mimikakab.system.Wit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that a test sets and moves forward, so that deadlines pass without sleeping. Import
 * {@link Configuration} into a Spring test to make it the clock every module reads, in place of the
 * application's {@code clock} bean.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(start, Wit.ZONE);
    }

    private MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves the clock to a moment written with its offset, e.g. {@code 2031-03-03T10:00+09:00}. */
    public void set(String isoOffsetDateTime) {
        set(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    /** Provides the mutable clock as the primary {@link Clock}, starting at Monday 3 March 2031, 10.00 WIT. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(OffsetDateTime.parse("2031-03-03T10:00+09:00").toInstant());
        }
    }
}
