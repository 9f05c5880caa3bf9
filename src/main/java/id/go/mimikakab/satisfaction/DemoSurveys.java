package id.go.mimikakab.satisfaction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.mimikakab.system.DemoMode;
import id.go.mimikakab.system.Wit;

/**
 * In demo mode only, on the first start: a year of survey responses for a handful of agencies, each with its own
 * typical satisfaction, so that the public statistics page shows IKM figures and grades from A to C.
 */
@Component
class DemoSurveys {

    /** Agencies and how their citizens tend to answer (the chance that an answer is one better than 3). */
    private static final List<Unit> UNITS = List.of(new Unit("DISDUKCAPIL", 0.65, 0.05), new Unit("DPMPTSP", 0.5, 0.08),
            new Unit("DINKES", 0.35, 0.12), new Unit("PUPR", 0.15, 0.3), new Unit("DLH", 0.25, 0.2));
    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

    private final DemoMode demo;
    private final SatisfactionProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSurveys(DemoMode demo, SatisfactionProperties properties, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.demo = demo;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        if (!demo.enabled() || properties.demoResponses() == 0
                || jdbc.sql("select count(*) from survey_response").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(14_2017);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < properties.demoResponses(); i++) {
                Unit unit = UNITS.get(i % UNITS.size());
                Instant at = now.minus(1 + random.nextInt(364), ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES);
                String kind = i % 3 == 0 ? "REPORT" : "APPLICATION";
                String reference = "DEMO-SKM-" + (i + 1);
                jdbc.sql("""
                                insert into survey_invitation (token, unit_code, case_kind, case_reference, invited_at, answered_at)
                                values (:token, :unit, :kind, :reference, :invited, :at)""")
                        .param("token", SatisfactionSurveys.newToken())
                        .param("unit", unit.code())
                        .param("kind", kind)
                        .param("reference", reference)
                        .param("invited", OffsetDateTime.ofInstant(at.minus(2, ChronoUnit.DAYS), ZoneOffset.UTC))
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .update();
                LocalDate on = Wit.dateOf(at);
                jdbc.sql("""
                                insert into survey_response (invitation_id, unit_code, case_kind, answered_at, answered_on,
                                                             u1, u2, u3, u4, u5, u6, u7, u8, u9)
                                select id, unit_code, case_kind, :at, :on, :u1, :u2, :u3, :u4, :u5, :u6, :u7, :u8, :u9
                                from survey_invitation where case_kind = :kind and case_reference = :reference""")
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .param("on", on)
                        .param("u1", unit.answer(random)).param("u2", unit.answer(random)).param("u3", unit.answer(random))
                        .param("u4", Math.max(3, unit.answer(random))).param("u5", unit.answer(random))
                        .param("u6", unit.answer(random)).param("u7", unit.answer(random)).param("u8", unit.answer(random))
                        .param("u9", unit.answer(random))
                        .param("kind", kind)
                        .param("reference", reference)
                        .update();
            }
        });
        log.info("Demo mode: {} survey responses made", properties.demoResponses());
    }

    /** A demo unit: how often an answer is 4, and how often it is 2 (otherwise 3; now and then 1). */
    private record Unit(String code, double best, double poor) {

        int answer(Random random) {
            double roll = random.nextDouble();
            if (roll < best) {
                return 4;
            }
            if (roll < best + poor) {
                return random.nextDouble() < 0.15 ? 1 : 2;
            }
            return 3;
        }
    }
}
