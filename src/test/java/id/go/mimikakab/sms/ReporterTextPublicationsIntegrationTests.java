package id.go.mimikakab.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import id.go.mimikakab.report.ReportEvent;
import id.go.mimikakab.report.ReportFollowedUp;
import id.go.mimikakab.report.ReportRouted;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.testing.StoredPublications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step of a report whose reporter gave no phone number, or one no SMS is sent for (a later follow-up, one without a
 * public note), stores no publication for the text messages; a step the reporter is texted of does.
 */
@SpringBootTest
class ReporterTextPublicationsIntegrationTests {

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

    private ReportEvent.Facts facts(String phone) {
        return new ReportEvent.Facts(UUID.randomUUID(), ticket, ReportStatus.ROUTED, "DINAS-PUPR", null, null, phone, false,
                Instant.now());
    }

    private long stored(ReportEvent event) {
        return publications.of(event, "ReporterTextMessages", ticket);
    }

    @Test
    void aReporterWithoutAPhoneNumberCostsNoPublication() {
        assertThat(stored(new ReportRouted(facts(null), false))).isZero();
    }

    @Test
    void aReporterWithAPhoneNumberIsTextedOfRoutingAndOfTheFirstAnswerOnly() {
        assertThat(stored(new ReportRouted(facts("+6281234567890"), false))).isEqualTo(1);
        assertThat(stored(new ReportFollowedUp(facts("+6281234567890"), true, "Tim sudah ke lokasi"))).isEqualTo(1);
        assertThat(stored(new ReportFollowedUp(facts("+6281234567890"), false, "Pekerjaan berlanjut"))).isZero();
        assertThat(stored(new ReportFollowedUp(facts("+6281234567890"), true, null))).isZero();
    }
}
