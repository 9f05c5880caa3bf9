package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import id.go.mimikakab.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency keys are forgotten after the retention (7 days), while a recent key still replays its answer; on H2 and PostgreSQL. */
abstract class IdempotencyRetentionContract {

    @Autowired
    ReportIntake intake;
    @Autowired
    IdempotencyRetention retention;
    @Autowired
    ReportProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aKeyOlderThanTheRetentionIsForgottenAndARecentOneStillReplaysItsAnswer() {
        clock.set("2031-03-03T10:00+09:00");
        String oldKey = UUID.randomUUID().toString();
        String recentKey = UUID.randomUUID().toString();
        Receipt old = intake.submit(pothole("lama"), Channel.API, null, oldKey);
        clock.advance(properties.idempotencyRetention().minusDays(1));
        Receipt recent = intake.submit(pothole("baru"), Channel.API, null, recentKey);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        retention.purge();

        assertThat(claims(oldKey)).as("older than the retention").isZero();
        assertThat(claims(recentKey)).isOne();
        assertThat(intake.submit(pothole("baru"), Channel.API, null, recentKey).ticket())
                .as("a retry within the retention gets the first answer").isEqualTo(recent.ticket());
        assertThat(jdbc.sql("select count(*) from report where ticket = :t").param("t", old.ticket()).query(Long.class).single())
                .as("the report itself stays").isOne();
    }

    private long claims(String key) {
        return jdbc.sql("select count(*) from idempotency_record where idempotency_key = :k").param("k", key)
                .query(Long.class).single();
    }

    private static ReportSubmission pothole(String tag) {
        return new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang di depan sekolah, laporan " + tag, "94.04.01",
                "94.04.01.1008", null, null, null, false, false, null, null, null);
    }
}
