package id.go.mimikakab.system;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the one clock all modules read, shifted by {@code mimika.clock.offset} when set. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(ClockProperties properties) {
        Clock system = Clock.system(Wit.ZONE);
        if (!properties.shifted()) {
            return system;
        }
        log.warn("""

                ************************************************************************
                *  JAM PROGRAM DIGESER / CLOCK SHIFTED: mimika.clock.offset = {}
                *  Semua tenggat dihitung dari waktu yang digeser. Jangan dipakai di produksi.
                *  All deadlines are computed from the shifted time. Never use in production.
                ************************************************************************""",
                properties.offset());
        return Clock.offset(system, properties.offset());
    }
}
