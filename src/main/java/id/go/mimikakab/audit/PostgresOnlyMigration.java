package id.go.mimikakab.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A numbered migration whose statements only PostgreSQL understands (PL/pgSQL, partial indexes); on H2 (development
 * and tests) it only records itself. Its checksum is that of its statements' text.
 */
abstract class PostgresOnlyMigration implements JavaMigration {

    private final String version;
    private final String description;
    private final List<String> statements;

    PostgresOnlyMigration(String version, String description, List<String> statements) {
        this.version = version;
        this.description = description;
        this.statements = List.copyOf(statements);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return String.join(";", statements).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql")) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
