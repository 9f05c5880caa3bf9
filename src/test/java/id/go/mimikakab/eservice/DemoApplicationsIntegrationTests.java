package id.go.mimikakab.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode's history of applications covers every status, with red ones among them; and the retention setting
 * archives the documents of finished applications once the period has passed, and only then.
 */
@SpringBootTest
@Import(MutableClock.Configuration.class)
class DemoApplicationsIntegrationTests {

    @Autowired
    DemoApplications demo;

    @Autowired
    DocumentRetention retention;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    /** The history is seeded (the same on every install), so it is made once per database. */
    private void demoHistory() {
        boolean made = jdbc.sql("select count(*) from service_application a join citizen_account w on w.id = a.citizen_id where w.email = :e")
                .param("e", DemoApplications.EMAIL).query(Long.class).single() > 0;
        if (!made) {
            transactions.executeWithoutResult(tx -> demo.generate(clock.instant(), 14));
        }
    }

    @Test
    void theDemoHistoryHasApplicationsInEveryStatusAndSomeRed() {
        demoHistory();
        List<String> stages = jdbc.sql("select distinct stage from work_case where kind = 'APPLICATION'").query(String.class).list();
        assertThat(stages).containsAll(Set.of("SUBMITTED", "VERIFICATION", "RETURNED", "PROCESSING", "APPROVAL", "ISSUED", "REJECTED"));
        assertThat(jdbc.sql("select count(*) from work_case where kind = 'APPLICATION' and waiting_on = 'AGENCY' and due_at < :now")
                .param("now", id.go.mimikakab.casework.CaseFiles.utc(clock.instant())).query(Long.class).single()).isPositive();
    }

    @Test
    void documentsOfFinishedApplicationsAreArchivedAfterTheRetentionPeriod() {
        demoHistory();
        long issued = jdbc.sql("select a.id from service_application a join work_case c on c.id = a.case_id where c.stage = 'ISSUED'"
                        + " order by c.closed_at desc")
                .query(Long.class).list().get(0);
        String service = jdbc.sql("select service_code from service_application where id = :id").param("id", issued)
                .query(String.class).single();
        FormField file = catalogue.find(service).orElseThrow().documents().get(0);
        StagedDocument staged = documents.stage(file, "dokumen.pdf", TestDocuments.pdf());
        jdbc.sql("""
                        insert into application_document (application_id, field_code, store_key, content_type, size_bytes, file_name, uploaded_at)
                        values (:id, :field, :key, 'application/pdf', 10, 'dokumen.pdf', current_timestamp)""")
                .param("id", issued).param("field", file.code()).param("key", staged.storeKey()).update();

        retention.archive();
        // other tests of the same database leave finished applications of their own, dated otherwise: look at this one
        assertThat(jdbc.sql("select count(*) from application_document where store_key = :key and archived_at is null")
                .param("key", staged.storeKey()).query(Long.class).single()).as("within the retention period, still kept").isEqualTo(1);
        clock.advance(Duration.ofDays(800));
        try {
            assertThat(retention.archive()).isPositive();
            assertThat(jdbc.sql("select archived_at is not null from application_document where store_key is null and application_id = :id")
                    .param("id", issued).query(Boolean.class).list()).contains(true);
            StoredDocument archived = new StoredDocument(0, file.code(), staged.storeKey(), "application/pdf", 10, null, null, null, null);
            assertThat(documents.read(archived)).as("the file is gone from the store").isEmpty();
        } finally {
            clock.set("2031-03-03T10:00+09:00");
        }
    }
}
