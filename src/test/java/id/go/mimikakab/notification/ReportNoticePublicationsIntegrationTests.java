package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import id.go.mimikakab.report.ReportEvent;
import id.go.mimikakab.report.ReportKind;
import id.go.mimikakab.report.ReportRouted;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportSubmitted;
import id.go.mimikakab.testing.StoredPublications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry stores a publication for the reporter notices only when someone may be told: an
 * anonymous report's receipt costs no publication (nor the listener's three transactions after the commit), while
 * a reporter with an e-mail address, and the progress steps that the reporters of merged duplicates hear of, do.
 */
@SpringBootTest
class ReportNoticePublicationsIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private StoredPublications publications;
    private final String ticket = StoredPublications.freshTicket();

    @BeforeEach
    void setUp() {
        publications = new StoredPublications(events, transactions, jdbc);
    }

    private ReportEvent.Facts facts(ReportStatus status, String email) {
        return new ReportEvent.Facts(UUID.randomUUID(), ticket, status, null, null, email, null, false, Instant.now());
    }

    private long stored(ReportEvent event) {
        return publications.of(event, "ReportNotices", ticket);
    }

    @Test
    void anAnonymousReportsReceiptStoresNoPublication() {
        assertThat(stored(new ReportSubmitted(facts(ReportStatus.SUBMITTED, null), ReportKind.COMPLAINT, "JALAN",
                "Jalan berlubang di depan pasar", "94.04.01.1002"))).isZero();
    }

    @Test
    void aReporterWithAnAddressIsToldOfTheReceipt() {
        assertThat(stored(new ReportSubmitted(facts(ReportStatus.SUBMITTED, "warga@contoh.id"), ReportKind.COMPLAINT,
                "JALAN", "Jalan berlubang di depan pasar", "94.04.01.1002"))).isEqualTo(1);
    }

    @Test
    void routingAnAnonymousReportIsStillStoredForTheReportersOfMergedDuplicates() {
        assertThat(stored(new ReportRouted(facts(ReportStatus.ROUTED, null), false))).isEqualTo(1);
    }
}
