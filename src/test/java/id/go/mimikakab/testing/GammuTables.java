package id.go.mimikakab.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Creates Gammu SMSD's tables from the SQL file its Debian package ships (copied to {@code gammu/pgsql.sql}) in a
 * fresh schema of the PostgreSQL test database, as an administrator sets up the gateway's database, and answers the
 * {@code mimika.sms.gateway.*} settings that point the program at it.
 */
public final class GammuTables {

    private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private GammuTables() {
    }

    /** Drops the schemas this test run created, so that runs against a shared database leave nothing behind. */
    public static void dropCreated() {
        TestEnvironment environment = TestEnvironment.system();
        try (Connection connection = DriverManager.getConnection(environment.get(TestEnvironment.POSTGRES_URL),
                environment.get(TestEnvironment.POSTGRES_USER), environment.get(TestEnvironment.POSTGRES_PASSWORD));
                Statement statement = connection.createStatement()) {
            for (String schema : CREATED) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
            CREATED.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop Gammu's test schemas: " + e.getMessage(), e);
        }
    }

    /** The settings of a gateway whose tables were just created in a schema of their own. */
    public static Map<String, String> freshGateway() {
        TestEnvironment environment = TestEnvironment.system();
        String url = environment.get(TestEnvironment.POSTGRES_URL);
        String user = environment.get(TestEnvironment.POSTGRES_USER);
        String password = environment.get(TestEnvironment.POSTGRES_PASSWORD);
        if (url == null) {
            throw new IllegalStateException(TestEnvironment.POSTGRES_URL + " is not set");
        }
        String schema = "gammu_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            statement.execute(script());
            CREATED.add(schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create Gammu's tables: " + e.getMessage(), e);
        }
        return Map.of(
                "mimika.sms.gateway.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "mimika.sms.gateway.username", user == null ? "" : user,
                "mimika.sms.gateway.password", password == null ? "" : password);
    }

    /**
     * Gammu's file without its {@code CREATE LANGUAGE plpgsql;}, which PostgreSQL 9.0 and later refuse because the
     * language is installed already (the administrator's psql run shows the same error and goes on).
     */
    static String script() {
        try (InputStream in = GammuTables.class.getResourceAsStream("/gammu/pgsql.sql")) {
            if (in == null) {
                throw new IllegalStateException("gammu/pgsql.sql is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("CREATE LANGUAGE plpgsql;", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
