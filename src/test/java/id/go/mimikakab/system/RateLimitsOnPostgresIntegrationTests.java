package id.go.mimikakab.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.go.mimikakab.testing.MutableClock;
import id.go.mimikakab.testing.PostgresTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL the limits are rows of the shared database, so two nodes count against one limit. */
@PostgresTest
@SpringBootTest
class RateLimitsOnPostgresIntegrationTests extends RateLimitsContract {

    @Test
    void twoNodesCountAgainstTheSameLimit() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
        RateLimit first = new RateLimits(dataSource, clock).limit("contract-nodes", RateLimits.perWindow(5, Duration.ofHours(1)));
        RateLimit second = new RateLimits(dataSource, clock).limit("contract-nodes", RateLimits.perWindow(5, Duration.ofHours(1)));
        String key = "client-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? first : second).take(key)).isEmpty();
        }
        assertThat(first.take(key)).isPresent();
        assertThat(second.take(key)).isPresent();
    }

    @Test
    void theCleanupRemovesRowsWhoseBucketsHaveLongBeenFullAgain() {
        RateLimits node = new RateLimits(dataSource, Clock.systemUTC());
        String name = "expiry-" + Long.toString(System.nanoTime(), 36);
        RateLimit limit = node.limit(name, RateLimits.perWindow(5, Duration.ofMinutes(1)));
        limit.take("client-" + UUID.randomUUID());
        limit.take("client-" + UUID.randomUUID());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String rows = "select count(*) from rate_limit_tokens where id like '" + name + ":%'";
        assertThat(jdbc.queryForObject(rows, Long.class)).isEqualTo(2);
        // the row's expiry is in wall-clock nanoseconds; pretend 11 minutes have passed for one of the two
        jdbc.update("update rate_limit_tokens set expires_at = 0 where id = (select min(id) from rate_limit_tokens where id like ?)",
                name + ":%");
        node.removeExpired();
        assertThat(jdbc.queryForObject(rows, Long.class)).isEqualTo(1);
    }

    @Test
    void theCountsLeaveThePoolsConnectionsAsTheyWere() throws Exception {
        RateLimit limit = new RateLimits(dataSource, Clock.systemUTC()).limit("contract-pool", RateLimits.perWindow(100, Duration.ofHours(1)));
        for (int i = 0; i < 20; i++) {
            limit.take("client-" + UUID.randomUUID());
        }
        java.util.List<java.sql.Connection> borrowed = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                java.sql.Connection connection = dataSource.getConnection();
                borrowed.add(connection);
                try (var statement = connection.createStatement();
                        var row = statement.executeQuery("select source from pg_settings where name = 'synchronous_commit'")) {
                    row.next();
                    assertThat(row.getString(1)).as("the setting is the server's again, not a session's").isNotEqualTo("session");
                }
            }
        } finally {
            for (java.sql.Connection connection : borrowed) {
                connection.close();
            }
        }
    }
}
