package id.go.mimikakab.sms;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Gammu gateway's database, apart from the program's own: its own small connection pool and transactions. It is
 * deliberately not a {@code DataSource} bean, so that Spring Boot's data source, Flyway and transactions stay the
 * program's; it exists only when {@code mimika.sms.gateway.url} is set.
 */
@Component
@ConditionalOnProperty(prefix = "mimika.sms.gateway", name = "url")
class GammuDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GammuDatabase.class);

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    GammuDatabase(SmsProperties properties) {
        SmsProperties.Gateway gateway = properties.gateway();
        this.pool = new HikariDataSource();
        pool.setPoolName("gammu");
        pool.setJdbcUrl(gateway.url());
        pool.setUsername(gateway.username());
        pool.setPassword(gateway.password());
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(0);
        // the gateway may be down when the program starts; the poller and the sender try again later
        pool.setInitializationFailTimeout(-1);
        this.jdbc = JdbcClient.create(pool);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
        log.info("SMS gateway database: {}", gateway.url().replaceAll("password=[^&]*", "password=***"));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    TransactionTemplate transactions() {
        return transactions;
    }

    /** The version of Gammu's schema (17 for Debian 12's 1.42, 18 for newer Gammu); the program works with both. */
    int schemaVersion() {
        return jdbc.sql("select max(\"Version\") from gammu").query(Integer.class).single();
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
