package id.go.mimikakab.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.report.ReportChanged;
import id.go.mimikakab.report.MergedReporter;
import id.go.mimikakab.report.PinGuessingDetected;
import id.go.mimikakab.report.ReportEscalated;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.Wit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns report events into queued messages, in Bahasa Indonesia: the reporter hears of routing, the first
 * follow-up, completion and closing, with a link to the tracking page (never the PIN); the agency, the command
 * centre and the leaders hear of each escalation step.
 *
 * <p>The listeners are plain {@code @EventListener}s on purpose. The report module publishes its events inside
 * the transaction of the change, so a plain listener runs in that transaction and the outbox row commits or
 * rolls back together with the change: no notice for a change that failed, and no change without its notice.
 * An {@code @TransactionalEventListener(AFTER_COMMIT)}, or an {@code @ApplicationModuleListener} (after commit,
 * in a new transaction), would lose the notice if the node stopped between the two commits.
 */
@Component
class ReportNotices {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH.mm 'WIT'", INDONESIAN)
            .withZone(Wit.ZONE);
    /** The notification module reads a report's timeline as the system, which sees what the command centre sees. */
    private static final Logger log = LoggerFactory.getLogger(ReportNotices.class);

    private final NotificationOutbox outbox;
    private final StaffRecipients staff;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final Identity identity;
    private final ReportViews reports;

    ReportNotices(NotificationOutbox outbox, StaffRecipients staff, AgencyDirectory agencies,
            MessageSource messages, Identity identity, ReportViews reports) {
        this.outbox = outbox;
        this.staff = staff;
        this.agencies = agencies;
        this.messages = messages;
        this.identity = identity;
        this.reports = reports;
    }

    /**
     * Tells the reporter, by e-mail if they gave one, of the steps they are waiting for, and tells the reporters of
     * duplicates merged into this report of its progress too.
     */
    @EventListener
    void reportChanged(ReportChanged change) {
        if (change.reporterEmail() != null && !change.reporterEmail().isBlank()) {
            tellReporter(change);
        }
        if (progress(change)) {
            reports.mergedReporters(change.ticket()).forEach(follower -> tellFollower(change, follower));
        }
    }

    private void tellReporter(ReportChanged change) {
        Notice notice = switch (change.action()) {
            case "ROUTED", "REROUTED" -> new Notice("notification.reporter.routed.subject", "notification.reporter.routed.body");
            case "FOLLOWED_UP" -> change.firstResponse()
                    ? new Notice("notification.reporter.followedUp.subject", "notification.reporter.followedUp.body") : null;
            case "COMPLETED" -> new Notice("notification.reporter.completed.subject", "notification.reporter.completed.body");
            case "CONFIRMED" -> new Notice("notification.reporter.closed.subject", "notification.reporter.closed.body");
            case "AUTO_CLOSED" -> new Notice("notification.reporter.autoClosed.subject", "notification.reporter.autoClosed.body");
            case "INFO_REQUESTED" -> new Notice("notification.reporter.infoRequested.subject", "notification.reporter.infoRequested.body");
            case "REJECTED" -> new Notice("notification.reporter.rejected.subject", "notification.reporter.rejected.body");
            case "MERGED" -> change.mergedInto() == null
                    ? new Notice("notification.reporter.mergedConfidential.subject", "notification.reporter.mergedConfidential.body")
                    : new Notice("notification.reporter.merged.subject", "notification.reporter.merged.body");
            default -> null;
        };
        if (notice == null) {
            return;
        }
        Object[] args = { change.ticket(), agencyName(change.agencyCode()), when(change.dueAt()), trackingLink(change.ticket()),
            change.publicNote() == null ? "" : change.publicNote(), change.mergedInto() };
        StringBuilder body = new StringBuilder(text(notice.body(), args));
        if (change.confidential()) {
            body.append("\n\n").append(text("notification.reporter.confidential"));
        }
        body.append("\n\n").append(footer());
        outbox.enqueue(NotificationChannel.EMAIL, change.reporterEmail(), text(notice.subject(), args), body.toString());
    }

    /** The steps of a report that its merged duplicates' reporters hear of: routing, the first answer, completion, closing. */
    private static boolean progress(ReportChanged change) {
        return switch (change.action()) {
            case "ROUTED", "REROUTED", "COMPLETED", "CONFIRMED", "AUTO_CLOSED" -> true;
            case "FOLLOWED_UP" -> change.firstResponse();
            default -> false;
        };
    }

    /**
     * Tells the reporter of a merged duplicate what happened to the report it was merged into; the link is their own
     * tracking page, which leads on to that report, so a confidential report's details stay behind its own PIN.
     */
    private void tellFollower(ReportChanged change, MergedReporter follower) {
        Object[] stepArgs = { change.ticket(), agencyName(change.agencyCode()), when(change.dueAt()) };
        String step = text("notification.follower.step." + change.action(), stepArgs);
        Object[] args = { change.ticket(), follower.ticket(), step, trackingLink(follower.ticket()) };
        // the ticket of a confidential report is not for the reporters of other reports
        String suffix = change.confidential() ? "Confidential" : "";
        outbox.enqueue(NotificationChannel.EMAIL, follower.email(), text("notification.follower.subject" + suffix, args),
                text("notification.follower.body" + suffix, args) + "\n\n" + footer());
    }

    /**
     * Tells the staff who must act on a late report; each recipient's link opens the report on the screen of their
     * role: the agency inbox for its PICs and head, the command centre for its operators, the dashboard for leaders.
     */
    @EventListener
    void reportEscalated(ReportEscalated escalation) {
        String ticket = escalation.ticket();
        String agencyPage = baseUrl() + "/opd/laporan/" + ticket;
        String commandCentrePage = baseUrl() + "/mcc/laporan/" + ticket;
        Map<String, String> links = new LinkedHashMap<>();
        Notice notice = switch (escalation.step()) {
            case REMINDER -> {
                staff.picsOf(escalation.agencyCode(), escalation.assignee()).forEach(to -> links.putIfAbsent(to, agencyPage));
                yield new Notice("notification.escalation.reminder.subject", "notification.escalation.reminder.body");
            }
            case OVERDUE -> {
                staff.headsOf(escalation.agencyCode()).forEach(to -> links.putIfAbsent(to, agencyPage));
                staff.withRole(Role.COMMAND_CENTER).forEach(to -> links.putIfAbsent(to, commandCentrePage));
                yield new Notice("notification.escalation.overdue.subject", "notification.escalation.overdue.body");
            }
            case FLAGGED_TO_LEADERS -> {
                staff.withRole(Role.LEADER).forEach(to -> links.putIfAbsent(to, baseUrl() + "/pimpinan/laporan/" + ticket));
                yield new Notice("notification.escalation.leaders.subject", "notification.escalation.leaders.body");
            }
            case VERIFICATION_OVERDUE -> {
                staff.withRole(Role.COMMAND_CENTER).forEach(to -> links.putIfAbsent(to, commandCentrePage));
                yield new Notice("notification.escalation.verification.subject", "notification.escalation.verification.body");
            }
        };
        if (links.isEmpty()) {
            log.warn("Escalation {} of report {}: nobody with an e-mail address to tell", escalation.step(), ticket);
            return;
        }
        links.forEach((to, link) -> {
            Object[] args = { ticket, agencyName(escalation.agencyCode()), when(escalation.dueAt()), link };
            outbox.enqueue(NotificationChannel.EMAIL, to, text(notice.subject(), args),
                    text(notice.body(), args) + "\n\n" + footer());
        });
    }

    /**
     * Tells the command centre that someone has been guessing a report's PIN, so that an operator can look at the
     * report (and warn its reporter if it is confidential); the link opens it on the command centre's screen.
     */
    @EventListener
    void pinGuessing(PinGuessingDetected guessing) {
        Object[] args = { guessing.ticket(), baseUrl() + "/mcc/laporan/" + guessing.ticket() };
        for (String to : staff.withRole(Role.COMMAND_CENTER)) {
            outbox.enqueue(NotificationChannel.EMAIL, to, text("notification.pinGuessing.subject", args),
                    text("notification.pinGuessing.body", args) + "\n\n" + footer());
        }
    }

    private String trackingLink(String ticket) {
        return baseUrl() + "/lacak/" + ticket;
    }

    private String baseUrl() {
        String url = identity.publicUrl() == null || identity.publicUrl().isBlank() ? "http://localhost:8080"
                : identity.publicUrl().strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String agencyName(String code) {
        return code == null ? "" : agencies.find(code).map(Agency::name).orElse(code);
    }

    private static String when(Instant instant) {
        return instant == null ? "-" : WHEN.format(instant);
    }

    private String footer() {
        return text("notification.footer", identity.platformName(), identity.regencyName());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }

    /** The message keys of one kind of notice. */
    private record Notice(String subject, String body) {
    }
}
