package id.go.mimikakab.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the program's clock; {@code offset} (ISO-8601, e.g. {@code P8D}) moves time forward
 * so that demos and black-box tests can show what happens days later.
 */
@ConfigurationProperties("mimika.clock")
public record ClockProperties(Duration offset) {

    public ClockProperties {
        offset = offset == null ? Duration.ZERO : offset;
    }

    public boolean shifted() {
        return !offset.isZero();
    }
}
