package id.go.mimikakab.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether this install is a demonstration: demo accounts and data exist and every page carries a
 * visible DEMO mark. Off unless explicitly enabled; the default embedded profile enables it.
 */
@ConfigurationProperties("mimika.demo")
public record DemoMode(boolean enabled) {
}
