package id.go.mimikakab.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** The tests' copy of Gammu's PostgreSQL schema is still the file the installed Debian package ships. */
class GammuSchemaFileTests {

    private static final Path PACKAGED = Path.of("/usr/share/doc/gammu-smsd/examples/pgsql.sql");

    @Test
    void theCopyEqualsTheFileOfTheInstalledGammuPackage() throws IOException {
        Path gzipped = Path.of(PACKAGED + ".gz");
        assumeTrue(Files.exists(PACKAGED) || Files.exists(gzipped), "gammu-smsd is not installed here");
        byte[] packaged;
        if (Files.exists(PACKAGED)) {
            packaged = Files.readAllBytes(PACKAGED);
        } else {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
                packaged = in.readAllBytes();
            }
        }
        try (InputStream copy = GammuSchemaFileTests.class.getResourceAsStream("/gammu/pgsql.sql")) {
            assertThat(copy).as("src/test/resources/gammu/pgsql.sql").isNotNull();
            assertThat(new String(copy.readAllBytes())).isEqualTo(new String(packaged));
        }
    }

    @Test
    void theCopyIsSchemaVersionSeventeenWithTheTablesTheProgramUses() throws IOException {
        try (InputStream copy = GammuSchemaFileTests.class.getResourceAsStream("/gammu/pgsql.sql")) {
            String sql = new String(copy.readAllBytes());
            assertThat(sql).contains("INSERT INTO gammu (\"Version\") VALUES (17);")
                    .contains("CREATE TABLE inbox (").contains("CREATE TABLE outbox (")
                    .contains("CREATE TABLE outbox_multipart (").contains("CREATE TABLE sentitems (");
        }
    }
}
