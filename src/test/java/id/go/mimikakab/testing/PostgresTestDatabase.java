package id.go.mimikakab.testing;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context's {@code spring.datasource.*} at the PostgreSQL test database from the
 * environment, ahead of every other property source; applied by {@link PostgresTest}.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final TestEnvironment environment;

    public PostgresTestDatabase() {
        this(TestEnvironment.system());
    }

    PostgresTestDatabase(TestEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("mimikaTestPostgres", Map.copyOf(properties())));
    }

    /** The data source properties, e.g. for a {@code @DynamicPropertySource} method; fails when the database is not configured. */
    public Map<String, String> properties() {
        String url = environment.get(TestEnvironment.POSTGRES_URL);
        if (url == null) {
            throw new IllegalStateException(TestEnvironment.POSTGRES_URL + " is not set"
                    + (environment.onCi() ? " although CI=true: the CI script must start the test database" : "")
                    + "; set " + TestEnvironment.POSTGRES_URL + ", " + TestEnvironment.POSTGRES_USER + " and "
                    + TestEnvironment.POSTGRES_PASSWORD + ", or run .ci/run");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(TestEnvironment.POSTGRES_URL + " must be a jdbc:postgresql: URL, not " + url);
        }
        String user = environment.get(TestEnvironment.POSTGRES_USER);
        String password = environment.get(TestEnvironment.POSTGRES_PASSWORD);
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user == null ? "" : user,
                "spring.datasource.password", password == null ? "" : password);
    }
}
