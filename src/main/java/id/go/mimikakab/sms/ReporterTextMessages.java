package id.go.mimikakab.sms;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.NotificationOutbox;
import id.go.mimikakab.report.ReceiptBySmsRequested;
import id.go.mimikakab.report.ReportCompleted;
import id.go.mimikakab.report.ReportEvent;
import id.go.mimikakab.report.ReportFollowedUp;
import id.go.mimikakab.report.ReportInfoRequested;
import id.go.mimikakab.report.ReportMerged;
import id.go.mimikakab.report.ReportRejected;
import id.go.mimikakab.report.ReportRouted;
import id.go.mimikakab.report.ReporterContacts;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.Wit;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells reporters who gave a phone number, by SMS through the notification outbox, of the steps they wait for:
 * routing, the agency's first answer, completion, rejection or merge, and the command centre's question (which they
 * answer with {@code JAWAB}); and texts a caller the ticket and PIN staff recorded for them. The report events are
 * handled after their change committed (the event publication registry hands them again after a failure), and each
 * SMS is queued once per event, so an event handled twice sends nothing twice. There is one listener per kind of
 * step, so the steps no SMS is sent for (a new report above all) are not registered for it at all; a report whose SMS news staff
 * switched off gets none. The receipt request carries the PIN and is handled in memory only.
 */
@Component
class ReporterTextMessages {

    /** The listeners' condition: without a phone number nobody is texted, so the registry stores no publication. */
    private static final String HAS_PHONE = "#event.reporterPhone() != null";
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

    @ApplicationModuleListener(condition = HAS_PHONE)
    void routed(ReportRouted event) {
        tell(event, new Notice("sms.notice.routed", null));
    }

    @ApplicationModuleListener(condition = HAS_PHONE + " and #event.firstResponse() and #event.publicNote() != null")
    void followedUp(ReportFollowedUp event) {
        tell(event, new Notice("sms.notice.followedUp", event.publicNote()));
    }

    @ApplicationModuleListener(condition = HAS_PHONE)
    void completed(ReportCompleted event) {
        tell(event, new Notice("sms.notice.completed", event.publicNote()));
    }

    @ApplicationModuleListener(condition = HAS_PHONE)
    void infoRequested(ReportInfoRequested event) {
        tell(event, new Notice("sms.notice.infoRequested", event.question()));
    }

    @ApplicationModuleListener(condition = HAS_PHONE)
    void rejected(ReportRejected event) {
        tell(event, new Notice("sms.notice.rejected", event.publicNote()));
    }

    @ApplicationModuleListener(condition = HAS_PHONE)
    void merged(ReportMerged event) {
        tell(event, new Notice("sms.notice.rejected", event.publicNote()));
    }

    private void tell(ReportEvent event, Notice notice) {
        contacts.smsRecipient(event.ticket()).ifPresent(phone -> {
            String agency = event.agencyCode() == null ? "" : agencies.find(event.agencyCode()).map(Agency::name)
                    .orElse(event.agencyCode());
            String due = event.dueAt() == null ? "-" : DAY.format(event.dueAt());
            String note = notice.note() == null ? "" : notice.note().strip();
            outbox.enqueueOnce("sms " + event.eventId() + " " + notice.key(), NotificationChannel.SMS, phone, event.ticket(),
                    text(notice.key(), event.ticket(), agency, due, note, trackingLink(event.ticket())));
        });
    }

    @EventListener
    void receiptRequested(ReceiptBySmsRequested request) {
        outbox.enqueueOnce("sms-receipt " + request.ticket(), NotificationChannel.SMS, request.phone(), request.ticket(),
                text("sms.notice.caller", request.ticket(), request.pin(), trackingLink(request.ticket())));
    }

    private String trackingLink(String ticket) {
        String url = identity.publicUrl() == null || identity.publicUrl().isBlank() ? "" : identity.publicUrl().strip();
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/lacak/" + ticket;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }

    /** The message key of one kind of SMS, and the step's note it quotes. */
    private record Notice(String key, String note) {
    }
}
