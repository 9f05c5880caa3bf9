package id.go.mimikakab.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffAccount;
import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.notification.Attachment;
import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.NotificationOutbox;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.Wit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly job that e-mails the performance reports: every Monday at 07.00 WIT (by default; the cron is
 * {@code mimika.dashboard.weekly-report-cron}) the regency's PDF goes to every enabled leader with an e-mail
 * address, and each agency's PDF to its enabled heads with one, through the notification outbox. The week is
 * recorded in {@code performance_report_week} in the same transaction as the queued messages, so a second run
 * in the same week, after a restart or on another node, queues nothing, and a run that fails queues nothing and
 * leaves the week to a later run. The scheduled run also holds a cluster-wide lock.
 */
@Component
class PerformanceReportMailing {

    private static final Logger log = LoggerFactory.getLogger(PerformanceReportMailing.class);

    private final PerformanceFigures figures;
    private final PerformanceReport reports;
    private final StaffAccounts accounts;
    private final NotificationOutbox outbox;
    private final MessageSource messages;
    private final Identity identity;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PerformanceReportMailing(PerformanceFigures figures, PerformanceReport reports, StaffAccounts accounts,
            NotificationOutbox outbox, MessageSource messages, Identity identity, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.figures = figures;
        this.reports = reports;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.identity = identity;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${mimika.dashboard.weekly-report-cron:0 0 7 * * MON}", zone = "Asia/Jayapura")
    @SchedulerLock(name = "weekly-performance-report", lockAtMostFor = "PT30M")
    public void sendOnSchedule() {
        sendThisWeek();
    }

    /**
     * Queues this week's reports unless that was done already.
     *
     * @return how many e-mails were queued; 0 when this week's were queued before (or nobody has an address)
     */
    public int sendThisWeek() {
        Instant now = clock.instant();
        LocalDate week = Wit.dateOf(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (queued(week)) {
            log.debug("Performance reports of the week of {} were queued already", week);
            return 0;
        }
        List<Mail> mails = compose(figures.standings());
        Integer queued = transaction.execute(tx -> {
            try {
                jdbc.sql("insert into performance_report_week (week_start, queued_at, messages) values (:week, :now, :n)")
                        .param("week", week)
                        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .param("n", mails.size())
                        .update();
            } catch (DuplicateKeyException e) {
                tx.setRollbackOnly();
                return 0;
            }
            mails.forEach(m -> outbox.enqueue(NotificationChannel.EMAIL, m.to(), m.subject(), m.body(), m.attachment()));
            return mails.size();
        });
        if (queued != null && queued > 0) {
            log.info("Queued {} performance report e-mails for the week of {}", queued, week);
        }
        return queued == null ? 0 : queued;
    }

    private boolean queued(LocalDate week) {
        return jdbc.sql("select count(*) from performance_report_week where week_start = :week")
                .param("week", week).query(Long.class).single() > 0;
    }

    /** Renders the PDFs that have someone to go to, and the e-mails that carry them. */
    private List<Mail> compose(Standings standings) {
        List<StaffAccount> reachable = accounts.all().stream()
                .filter(a -> a.enabled() && a.email() != null && !a.email().isBlank())
                .toList();
        List<String> leaders = reachable.stream().filter(a -> a.role() == Role.LEADER).map(StaffAccount::email).distinct().toList();
        Map<String, List<String>> heads = reachable.stream()
                .filter(a -> a.role() == Role.AGENCY_HEAD && a.agencyCode() != null)
                .collect(Collectors.groupingBy(StaffAccount::agencyCode,
                        Collectors.mapping(StaffAccount::email, Collectors.toList())));
        String at = PerformanceReportFormat.when(standings.at());
        List<Mail> mails = new ArrayList<>();
        if (!leaders.isEmpty()) {
            Attachment pdf = attachment(reports.regency(standings));
            Totals t = standings.totals();
            String worst = standings.agencies().stream().filter(a -> a.red() > 0).findFirst()
                    .map(a -> a.agencyName() + " (" + a.red() + ")").orElse(text("dash.weekly.nobody"));
            String subject = text("dash.weekly.regency.subject", identity.regencyName(), t.red());
            String body = text("dash.weekly.regency.body", identity.regencyName(), at, t.red(), t.yellow(), t.open(), worst,
                    baseUrl() + "/pimpinan") + "\n\n" + footer();
            leaders.forEach(to -> mails.add(new Mail(to, subject, body, pdf)));
        }
        List<AgencyStanding> league = standings.agencies();
        for (int i = 0; i < league.size(); i++) {
            AgencyStanding standing = league.get(i);
            List<String> to = heads.getOrDefault(standing.agencyCode(), List.of()).stream().distinct().toList();
            if (to.isEmpty()) {
                continue;
            }
            Attachment pdf = attachment(reports.agency(standings, standing.agencyCode()));
            String subject = text("dash.weekly.agency.subject", standing.agencyName(), standing.red());
            String body = text("dash.weekly.agency.body", standing.agencyName(), at, i + 1, league.size(), standing.red(),
                    standing.yellow(), baseUrl() + "/pimpinan/opd/" + standing.agencyCode()) + "\n\n" + footer();
            to.forEach(address -> mails.add(new Mail(address, subject, body, pdf)));
        }
        return mails;
    }

    private static Attachment attachment(PerformanceReport.Pdf pdf) {
        return new Attachment(pdf.fileName(), PerformanceReport.Pdf.CONTENT_TYPE, pdf.content());
    }

    private String baseUrl() {
        String url = identity.publicUrl() == null || identity.publicUrl().isBlank() ? "http://localhost:8080"
                : identity.publicUrl().strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String footer() {
        return text("dash.weekly.footer", identity.platformName(), identity.regencyName());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, PerformanceReportFormat.INDONESIAN);
    }

    /** One e-mail to queue. */
    private record Mail(String to, String subject, String body, Attachment attachment) {
    }
}
