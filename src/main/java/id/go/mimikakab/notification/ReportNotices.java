package id.go.mimikakab.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.report.MergedReporter;
import id.go.mimikakab.report.PinGuessingDetected;
import id.go.mimikakab.report.ReportClosed;
import id.go.mimikakab.report.ReportCompleted;
import id.go.mimikakab.report.ReportEscalated;
import id.go.mimikakab.report.ReportEvent;
import id.go.mimikakab.report.ReportFollowedUp;
import id.go.mimikakab.report.ReportInfoRequested;
import id.go.mimikakab.report.ReportMerged;
import id.go.mimikakab.report.ReportRejected;
import id.go.mimikakab.report.ReportRouted;
import id.go.mimikakab.report.ReportSubmitted;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.Wit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns report events into queued messages, in Bahasa Indonesia: the reporter hears that the report was received
 * (with what was recorded), of routing, the command centre's question, a rejection or merge, the first follow-up,
 * completion and closing, with a link to the tracking page (never the PIN); the agency, the command centre and the
 * leaders hear of each escalation step.
 *
 * <p>The listeners are {@code @ApplicationModuleListener}s: they run after the report's change has committed, in a
 * transaction of their own, so a failing notice (a missing text, the database briefly away) never undoes the
 * citizen's change or a whole intake batch. Spring Modulith's event publication registry stored the event in the
 * change's transaction and keeps it until the listener has handled it; {@code system.EventRedelivery} hands it
 * again if the node stopped or the listener failed. Every message is queued with
 * {@link NotificationOutbox#enqueueOnce} under a key made of the event's id, the kind of notice and the recipient,
 * so an event handled twice never sends anything twice.
 */
@Component
class ReportNotices {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH.mm 'WIT'", INDONESIAN)
            .withZone(Wit.ZONE);
    private static final Logger log = LoggerFactory.getLogger(ReportNotices.class);

    private final NotificationOutbox outbox;
    private final StaffRecipients staff;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final Identity identity;
    private final ReportViews reports;
    private final SubmissionSummary summary;

    ReportNotices(NotificationOutbox outbox, StaffRecipients staff, AgencyDirectory agencies,
            MessageSource messages, Identity identity, ReportViews reports, SubmissionSummary summary) {
        this.outbox = outbox;
        this.staff = staff;
        this.agencies = agencies;
        this.messages = messages;
        this.identity = identity;
        this.reports = reports;
        this.summary = summary;
    }

    /**
     * Tells the reporter, by e-mail if they gave one, of the steps they are waiting for, and tells the reporters of
     * duplicates merged into this report of its progress too.
     */
    @ApplicationModuleListener(condition = "T(id.go.mimikakab.notification.ReportNotices).tellsAnyone(#event)")
    void reportEvent(ReportEvent event) {
        if (hasEmail(event)) {
            tellReporter(event);
        }
        String step = progress(event);
        if (step != null) {
            reports.mergedReporters(event.ticket()).forEach(follower -> tellFollower(event, step, follower));
        }
    }

    private void tellReporter(ReportEvent event) {
        Notice notice = reporterNotice(event);
        if (notice == null) {
            return;
        }
        String mergedInto = event instanceof ReportMerged merged ? merged.mergedInto() : null;
        Object[] args = { event.ticket(), agencyName(event.agencyCode()), when(event.dueAt()), trackingLink(event.ticket()),
            note(event), mergedInto };
        StringBuilder body = new StringBuilder(text(notice.body(), args));
        if (event instanceof ReportSubmitted submitted) {
            body.append("\n\n").append(summary.of(submitted));
        }
        if (event.confidential()) {
            body.append("\n\n").append(text("notification.reporter.confidential"));
        }
        body.append("\n\n").append(footer());
        outbox.enqueueOnce(key(event, "reporter", event.reporterEmail()), NotificationChannel.EMAIL, event.reporterEmail(),
                text(notice.subject(), args), body.toString());
    }

    /** The message keys of what the reporter is told of this step, or null when the step is not for them. */
    private static Notice reporterNotice(ReportEvent event) {
        if (event instanceof ReportSubmitted) {
            return new Notice("notification.reporter.submitted.subject", "notification.reporter.submitted.body");
        }
        if (event instanceof ReportRouted) {
            return new Notice("notification.reporter.routed.subject", "notification.reporter.routed.body");
        }
        if (event instanceof ReportFollowedUp followedUp) {
            return followedUp.firstResponse()
                    ? new Notice("notification.reporter.followedUp.subject", "notification.reporter.followedUp.body") : null;
        }
        if (event instanceof ReportCompleted) {
            return new Notice("notification.reporter.completed.subject", "notification.reporter.completed.body");
        }
        if (event instanceof ReportClosed closed) {
            return closed.automatic()
                    ? new Notice("notification.reporter.autoClosed.subject", "notification.reporter.autoClosed.body")
                    : new Notice("notification.reporter.closed.subject", "notification.reporter.closed.body");
        }
        if (event instanceof ReportInfoRequested) {
            return new Notice("notification.reporter.infoRequested.subject", "notification.reporter.infoRequested.body");
        }
        if (event instanceof ReportRejected) {
            return new Notice("notification.reporter.rejected.subject", "notification.reporter.rejected.body");
        }
        if (event instanceof ReportMerged merged) {
            return merged.mergedInto() == null
                    ? new Notice("notification.reporter.mergedConfidential.subject", "notification.reporter.mergedConfidential.body")
                    : new Notice("notification.reporter.merged.subject", "notification.reporter.merged.body");
        }
        return null;
    }

    /** The note of the step the reporter is shown: the question asked, the reason given, the work reported. */
    private static String note(ReportEvent event) {
        String note = null;
        if (event instanceof ReportInfoRequested asked) {
            note = asked.question();
        } else if (event instanceof ReportRejected rejected) {
            note = rejected.publicNote();
        } else if (event instanceof ReportMerged merged) {
            note = merged.publicNote();
        } else if (event instanceof ReportFollowedUp followedUp) {
            note = followedUp.publicNote();
        } else if (event instanceof ReportCompleted completed) {
            note = completed.publicNote();
        }
        return note == null ? "" : note;
    }

    /**
     * The steps of a report that its merged duplicates' reporters hear of (routing, the first answer, completion,
     * closing), as the suffix of the message key that describes them; null for the other steps.
     */
    /**
     * Whether {@link #reportEvent} may tell anyone of the event: the reporter gave an e-mail address, or the step is
     * one the reporters of merged duplicates hear of. For the other events (an anonymous report submitted,
     * acknowledged, assigned…) the listener's condition keeps the registry from storing a publication at all.
     */
    public static boolean tellsAnyone(ReportEvent event) {
        return hasEmail(event) || progress(event) != null;
    }

    private static boolean hasEmail(ReportEvent event) {
        return event.reporterEmail() != null && !event.reporterEmail().isBlank();
    }

    private static String progress(ReportEvent event) {
        if (event instanceof ReportRouted) {
            return "ROUTED";
        }
        if (event instanceof ReportFollowedUp followedUp) {
            return followedUp.firstResponse() ? "FOLLOWED_UP" : null;
        }
        if (event instanceof ReportCompleted) {
            return "COMPLETED";
        }
        if (event instanceof ReportClosed closed) {
            return closed.automatic() ? "AUTO_CLOSED" : "CONFIRMED";
        }
        return null;
    }

    /**
     * Tells the reporter of a merged duplicate what happened to the report it was merged into; the link is their own
     * tracking page, which leads on to that report, so a confidential report's details stay behind its own PIN.
     */
    private void tellFollower(ReportEvent event, String progress, MergedReporter follower) {
        Object[] stepArgs = { event.ticket(), agencyName(event.agencyCode()), when(event.dueAt()) };
        String step = text("notification.follower.step." + progress, stepArgs);
        Object[] args = { event.ticket(), follower.ticket(), step, trackingLink(follower.ticket()) };
        // the ticket of a confidential report is not for the reporters of other reports
        String suffix = event.confidential() ? "Confidential" : "";
        outbox.enqueueOnce(key(event, "follower " + follower.ticket(), follower.email()), NotificationChannel.EMAIL,
                follower.email(), text("notification.follower.subject" + suffix, args),
                text("notification.follower.body" + suffix, args) + "\n\n" + footer());
    }

    /**
     * Tells the staff who must act on a late report; each recipient's link opens the report on the screen of their
     * role: the agency inbox for its PICs and head, the command centre for its operators, the dashboard for leaders.
     */
    @ApplicationModuleListener
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
            outbox.enqueueOnce(key(escalation, "staff", to), NotificationChannel.EMAIL, to, text(notice.subject(), args),
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

    /**
     * The key under which a notice is queued once: the event's id, what the notice is for, and the recipient (as a
     * digest, so the key stays short for any address).
     */
    static String key(ReportEvent event, String purpose, String recipient) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(recipient.strip().toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return event.eventId() + " " + purpose + " " + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
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
