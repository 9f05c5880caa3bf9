package id.go.mimikakab.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out PostgreSQL connections whose commits do not wait for the write-ahead log to reach the disk
 * ({@code synchronous_commit = off}), and puts the setting back when a connection is returned to the pool.
 */
final class CommitsWithoutDiskWait extends DelegatingDataSource {

    CommitsWithoutDiskWait(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return unhurried(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return unhurried(super.getConnection(username, password));
    }

    private static Connection unhurried(Connection connection) throws SQLException {
        try {
            execute(connection, "set synchronous_commit to off");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        giveBack(connection);
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Resets the setting before the pool lends the connection to anyone else; a connection that refuses is discarded. */
    private static void giveBack(Connection connection) throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                // outside a transaction, so that no rollback can undo the reset
                connection.rollback();
                connection.setAutoCommit(true);
            }
            execute(connection, "reset synchronous_commit");
        } catch (SQLException e) {
            connection.abort(Runnable::run);
            return;
        }
        connection.close();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
