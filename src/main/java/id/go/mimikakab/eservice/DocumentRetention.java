package id.go.mimikakab.eservice;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archives the uploaded documents of applications finished (issued or rejected) longer ago than
 * {@code mimika.eservice.document-retention}: their files leave the upload store and their records say when they
 * were archived, so the timeline still shows what was sent. Runs daily on one node.
 */
@Component
class DocumentRetention {

    private static final Logger log = LoggerFactory.getLogger(DocumentRetention.class);

    private final JdbcClient jdbc;
    private final ApplicationDocuments documents;
    private final EserviceProperties properties;
    private final Clock clock;

    DocumentRetention(JdbcClient jdbc, ApplicationDocuments documents, EserviceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Jayapura")
    @SchedulerLock(name = "eservice-document-retention", lockAtMostFor = "PT1H")
    void daily() {
        int archived = archive();
        if (archived > 0) {
            log.info("Archived {} documents of applications finished before the retention period", archived);
        }
    }

    /** Archives what is due now; the number of documents archived. */
    @Transactional
    int archive() {
        Instant now = clock.instant();
        OffsetDateTime before = OffsetDateTime.ofInstant(now.minus(properties.documentRetention()), ZoneOffset.UTC);
        record Due(long id, String key) {
        }
        List<Due> due = jdbc.sql("""
                        select d.id, d.store_key from application_document d
                        join service_application a on a.id = d.application_id join work_case c on c.id = a.case_id
                        where d.archived_at is null and c.closed_at is not null and c.closed_at < :before""")
                .param("before", before).query((rs, n) -> new Due(rs.getLong("id"), rs.getString("store_key"))).list();
        for (Due d : due) {
            if (d.key() != null) {
                documents.delete(d.key());
            }
            jdbc.sql("update application_document set archived_at = :now, store_key = null where id = :id")
                    .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("id", d.id()).update();
        }
        return due.size();
    }
}
