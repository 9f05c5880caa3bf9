package id.go.mimikakab.sms;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.NotificationOutbox;
import id.go.mimikakab.report.ReceiptBySmsRequested;
import id.go.mimikakab.report.ReportChanged;
import id.go.mimikakab.report.ReporterContacts;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.Wit;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells reporters who gave a phone number, by SMS through the notification outbox, of the steps they wait for:
 * routing, the agency's first answer, completion, rejection, and the command centre's question (which they answer
 * with {@code JAWAB}); and texts a caller the ticket and PIN staff recorded for them. Plain listeners, like the
 * e-mail notices: the outbox row commits with the change. The one class to switch when the report events are
 * retyped ({@code ReportRouted}, {@code ReportFollowedUp}, {@code ReportCompleted} with {@code reporterPhone()}).
 */
@Component
class ReporterTextMessages {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN).withZone(Wit.ZONE);

    private final ReporterContacts contacts;
    private final NotificationOutbox outbox;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final Identity identity;

    ReporterTextMessages(ReporterContacts contacts, NotificationOutbox outbox, AgencyDirectory agencies,
            MessageSource messages, Identity identity) {
        this.contacts = contacts;
        this.outbox = outbox;
        this.agencies = agencies;
        this.messages = messages;
        this.identity = identity;
    }

    @EventListener
    void reportChanged(ReportChanged change) {
        String key = switch (change.action()) {
            case "ROUTED", "REROUTED" -> "sms.notice.routed";
            case "FOLLOWED_UP" -> change.firstResponse() ? "sms.notice.followedUp" : null;
            case "COMPLETED" -> "sms.notice.completed";
            case "INFO_REQUESTED" -> "sms.notice.infoRequested";
            case "REJECTED", "MERGED" -> "sms.notice.rejected";
            default -> null;
        };
        if (key == null) {
            return;
        }
        contacts.smsRecipient(change.ticket()).ifPresent(phone -> {
            String agency = change.agencyCode() == null ? "" : agencies.find(change.agencyCode()).map(Agency::name)
                    .orElse(change.agencyCode());
            String due = change.dueAt() == null ? "-" : DAY.format(change.dueAt());
            String note = change.publicNote() == null ? "" : change.publicNote().strip();
            outbox.enqueue(NotificationChannel.SMS, phone, change.ticket(),
                    text(key, change.ticket(), agency, due, note, trackingLink(change.ticket())));
        });
    }

    @EventListener
    void receiptRequested(ReceiptBySmsRequested request) {
        outbox.enqueueOnce("sms-receipt:" + request.ticket(), NotificationChannel.SMS, request.phone(), request.ticket(),
                text("sms.notice.caller", request.ticket(), request.pin(), trackingLink(request.ticket())));
    }

    private String trackingLink(String ticket) {
        String url = identity.publicUrl() == null || identity.publicUrl().isBlank() ? "" : identity.publicUrl().strip();
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/lacak/" + ticket;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }
}
