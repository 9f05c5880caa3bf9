package id.go.mimikakab.report;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 83: a report's district and village are checked against the regions once, on its case, not twice.
 * Every report is stored with its case in one transaction and with the same district and village (decision 179);
 * the case's foreign keys to {@code region} already refuse an unknown code, so the report's own two keys only
 * locked the same region rows a second time for each report. The keys have generated names on H2, so the migration
 * finds them in the database's metadata and runs unchanged on H2 and PostgreSQL.
 */
@Component
class ReportPlaceKeysMigration implements JavaMigration {

    private static final Set<String> PLACE_COLUMNS = Set.of("district_code", "village_code");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("83");
    }

    @Override
    public String getDescription() {
        return "report place checked on its case";
    }

    @Override
    public Integer getChecksum() {
        return "alter table report drop constraint <report's foreign keys on district_code and village_code>".hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        DatabaseMetaData metadata = connection.getMetaData();
        String table = metadata.storesUpperCaseIdentifiers() ? "REPORT" : "report";
        Set<String> keys = new TreeSet<>();
        try (ResultSet imported = metadata.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (imported.next()) {
                if (imported.getString("PKTABLE_NAME").equalsIgnoreCase("region")
                        && PLACE_COLUMNS.contains(imported.getString("FKCOLUMN_NAME").toLowerCase())) {
                    keys.add(imported.getString("FK_NAME"));
                }
            }
        }
        if (keys.size() != PLACE_COLUMNS.size()) {
            throw new IllegalStateException("Expected the report's two foreign keys to region, found " + keys);
        }
        try (Statement sql = connection.createStatement()) {
            for (String key : keys) {
                sql.execute("alter table report drop constraint \"" + key + "\"");
            }
        }
    }
}
