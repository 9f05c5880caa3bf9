package id.go.mimikakab.eservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.CasePlace;
import id.go.mimikakab.casework.CasePolicies;
import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenAccounts;
import id.go.mimikakab.system.DemoMode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode only, on the first start: the published demo citizen ({@value #EMAIL}, password {@value #PASSWORD})
 * and a history of applications over the last weeks in every status (on time, late, red, returned, issued,
 * rejected), so that the applicant's account, the agencies' inboxes and the dashboards have content. The made-up past
 * is nobody's news: no notices are queued.
 */
@Component
class DemoApplications {

    static final String EMAIL = "warga@demo.mimikakab.go.id";
    static final String PASSWORD = "demo-warga";
    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
    private static final long SEED = 8L;

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final CitizenAccounts citizens;
    private final ServiceCatalogue catalogue;
    private final ApplicationStore store;
    private final CasePolicies policies;
    private final HolidayCalendar calendar;
    private final TransactionTemplate transactions;
    private final EserviceProperties properties;
    private final Clock clock;

    DemoApplications(DemoMode demo, JdbcClient jdbc, CitizenAccounts citizens, ServiceCatalogue catalogue, ApplicationStore store,
            CasePolicies policies, HolidayCalendar calendar, TransactionTemplate transactions, EserviceProperties properties,
            Clock clock) {
        this.properties = properties;
        this.demo = demo;
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.catalogue = catalogue;
        this.store = store;
        this.policies = policies;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(150)
    void generateOnFirstDemoStart() {
        if (!demo.enabled() || properties.demoApplications() == 0 || jdbc.sql("select count(*) from service_application").query(Long.class).single() > 0) {
            return;
        }
        transactions.executeWithoutResult(tx -> generate(clock.instant(), properties.demoApplications()));
    }

    void generate(Instant now, int count) {
        Random random = new Random(SEED);
        CitizenAccount warga = citizens.openDemoAccount(EMAIL, "Warga Demo", PASSWORD);
        CitizenAccount second = citizens.openDemoAccount("yuliana@demo.mimikakab.go.id", "Yuliana Demo", PASSWORD);
        WorkingDayCalendar days = calendar.workingDays();
        List<CatalogueEntry> services = catalogue.all().stream().filter(CatalogueEntry::active).toList();
        ApplicationStatus[] story = { ApplicationStatus.SUBMITTED, ApplicationStatus.VERIFICATION, ApplicationStatus.RETURNED,
            ApplicationStatus.PROCESSING, ApplicationStatus.APPROVAL, ApplicationStatus.ISSUED, ApplicationStatus.REJECTED };
        int made = 0;
        for (int i = 0; i < count; i++) {
            CatalogueEntry service = services.get(i % services.size());
            ApplicationStatus target = story[i % story.length];
            // every third one is left long enough to turn red (or finish late)
            boolean slow = i % 3 == 0;
            Instant submitted = now.minus(Duration.ofDays(slow ? 12 + random.nextInt(20) : 1 + random.nextInt(3)))
                    .minus(Duration.ofMinutes(random.nextInt(600)));
            CitizenAccount who = i % 4 == 0 ? second : warga;
            ServiceApplication a = ServiceApplication.submit(ApplicationNumber.random(random), service, who.id(), who.actor(),
                    CasePlace.NOWHERE, submitted, days(service, StepName.VERIFICATION), days);
            Instant at = submitted;
            String staff = service.agencyCode().toLowerCase() + ".staf";
            String head = service.agencyCode().toLowerCase() + ".kepala";
            if (target != ApplicationStatus.SUBMITTED) {
                at = step(at, slow, now);
                a.startVerification(staff, at);
            }
            if (target == ApplicationStatus.RETURNED) {
                at = step(at, slow, now);
                FormField first = service.documents().isEmpty() ? service.fields().get(0) : service.documents().get(0);
                a.returnForCorrection(Map.of(first.code(), "Berkas kurang jelas, mohon unggah ulang yang terbaca"), staff, at, days);
            }
            if (List.of(ApplicationStatus.PROCESSING, ApplicationStatus.APPROVAL, ApplicationStatus.ISSUED).contains(target)) {
                at = step(at, slow, now);
                a.accept(staff, at, days(service, StepName.PROCESSING), days);
            }
            if (target == ApplicationStatus.APPROVAL || target == ApplicationStatus.ISSUED) {
                at = step(at, slow, now);
                a.sendForApproval(null, staff, at, days(service, StepName.APPROVAL), days);
            }
            if (target == ApplicationStatus.ISSUED) {
                at = step(at, slow, now);
                a.issue(null, head, at, days);
            }
            if (target == ApplicationStatus.REJECTED) {
                at = step(at, slow, now);
                a.reject("Persyaratan tidak terpenuhi", "Peraturan Bupati Mimika tentang standar pelayanan", staff, at);
            }
            store.insert(a, answers(service, random), null, null);
            made++;
        }
        log.info("Demo applications: {} in every status; demo citizen {} (password {})", made, EMAIL, PASSWORD);
    }

    private id.go.mimikakab.calendar.WorkingDays days(CatalogueEntry service, StepName step) {
        return policies.days(CaseKind.APPLICATION, service.code(), step.name());
    }

    private static Instant step(Instant at, boolean slow, Instant now) {
        Instant next = at.plus(Duration.ofHours(slow ? 60 : 3));
        return next.isAfter(now) ? now.minus(Duration.ofMinutes(1)) : next;
    }

    private static Map<String, String> answers(CatalogueEntry service, Random random) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField field : service.questions()) {
            answers.put(field.code(), switch (field.type()) {
                case NIK -> "940401" + String.format("%02d", 1 + random.nextInt(28)) + "0590" + String.format("%04d", 1 + random.nextInt(9000));
                case KK_NUMBER -> "9404010101" + String.format("%06d", random.nextInt(999999));
                case PHONE -> "+62812" + String.format("%08d", random.nextInt(99999999));
                case DATE -> "2026-11-" + String.format("%02d", 1 + random.nextInt(28));
                case NUMBER -> String.valueOf(1 + random.nextInt(5));
                case CHOICE -> field.choices().get(random.nextInt(field.choices().size()));
                case VILLAGE -> "94.04.01.1008";
                default -> "Contoh isian demo";
            });
        }
        return answers;
    }
}
