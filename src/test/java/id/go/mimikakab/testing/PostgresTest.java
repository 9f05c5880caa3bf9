package id.go.mimikakab.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the shared PostgreSQL test database named by {@code MIMIKA_TEST_POSTGRES_URL},
 * {@code MIMIKA_TEST_POSTGRES_USER} and {@code MIMIKA_TEST_POSTGRES_PASSWORD}; skipped when the URL is unset,
 * except on CI ({@code CI=true}), where a missing database fails the build instead.
 *
 * <p>On a Spring test class it also points {@code spring.datasource.*} at that database through
 * {@link PostgresTestDatabase}. Every class shares the one database (Flyway migrates it once) and a build may
 * run twice against it, so whatever a test creates needs a unique name or date.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("postgres")
@ExtendWith(PostgresTestCondition.class)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface PostgresTest {
}
