package id.go.mimikakab.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Lets the event publication registry's bookkeeping after a listener ran (under way, completed, failed) commit on
 * PostgreSQL without waiting for the write-ahead log to reach the disk, so that handling a report's events adds no
 * disk waits to the report's own.
 *
 * <p>Why this is safe: the event itself was stored with the change that published it, which does wait for the disk.
 * A crash can lose only the last moments of bookkeeping; a publication whose completion was lost is still open, and
 * {@link EventRedelivery} hands it again, which sends nothing twice (every message is queued once per event and
 * recipient). The log is written in order, so a completion that survived a crash never outlives the listener's own
 * work that committed before it.
 */
@Component
class EventBookkeepingWithoutDiskWait implements BeanPostProcessor {

    private static final Set<String> BOOKKEEPING = Set.of("markProcessing", "markCompleted", "markFailed", "deletePublications");

    private final ObjectProvider<DataSource> dataSource;
    private volatile Boolean postgres;
    private volatile JdbcTemplate jdbc;

    EventBookkeepingWithoutDiskWait(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof EventPublicationRepository)) {
            return bean;
        }
        Class<?>[] interfaces = ClassUtils.getAllInterfaces(bean);
        return Proxy.newProxyInstance(bean.getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
            if (BOOKKEEPING.contains(method.getName()) && TransactionSynchronizationManager.isActualTransactionActive()
                    && postgres()) {
                jdbc().execute("set local synchronous_commit to off");
            }
            try {
                return method.invoke(bean, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private JdbcTemplate jdbc() {
        JdbcTemplate template = jdbc;
        if (template == null) {
            template = new JdbcTemplate(dataSource.getObject());
            jdbc = template;
        }
        return template;
    }

    /**
     * Whether the database is PostgreSQL, asked of the connection the current transaction already holds: taking a
     * second one from the pool here would let every listener thread wait for one the others hold.
     */
    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            DataSource source = dataSource.getObject();
            Connection connection = DataSourceUtils.getConnection(source);
            try {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new CannotGetJdbcConnectionException("Cannot tell which database the event publications live in", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, source);
            }
            postgres = known;
        }
        return known;
    }
}
