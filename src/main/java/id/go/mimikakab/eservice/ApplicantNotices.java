package id.go.mimikakab.eservice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffAccount;
import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenAccounts;
import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.NotificationOutbox;
import id.go.mimikakab.system.Identity;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant of every step of their application, in Bahasa Indonesia, by e-mail (or text message when the
 * account has only a mobile number), and the agency's head of each escalation step. The listener runs after the
 * step's commit from Spring Modulith's event registry, so a notice is never lost to a crash, and each is queued once
 * per event and recipient however often the event is handled.
 */
@Component
class ApplicantNotices {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** The notice of each event an applicant hears of, by the suffix of its message keys. */
    private static final Map<Class<?>, String> KINDS = Map.of(ApplicationSubmitted.class, "submitted",
            ApplicationVerificationStarted.class, "verificationStarted", ApplicationReturned.class, "returned",
            ApplicationResubmitted.class, "resubmitted", ApplicationVerified.class, "verified",
            ApplicationProcessed.class, "processed", ApplicationIssued.class, "issued", ApplicationRejected.class, "rejected");

    private final NotificationOutbox outbox;
    private final CitizenAccounts citizens;
    private final StaffAccounts staff;
    private final ServiceCatalogue catalogue;
    private final MessageSource messages;
    private final Identity identity;

    ApplicantNotices(NotificationOutbox outbox, CitizenAccounts citizens, StaffAccounts staff, ServiceCatalogue catalogue,
            MessageSource messages, Identity identity) {
        this.outbox = outbox;
        this.citizens = citizens;
        this.staff = staff;
        this.catalogue = catalogue;
        this.messages = messages;
        this.identity = identity;
    }

    @ApplicationModuleListener
    void on(ApplicationEvent event) {
        String serviceName = catalogue.find(event.serviceCode()).map(CatalogueEntry::name).orElse(event.serviceCode());
        if (event instanceof ApplicationEscalated escalated) {
            tellHeads(escalated, serviceName);
            return;
        }
        CitizenAccount applicant = citizens.find(event.citizenId()).orElse(null);
        if (applicant == null) {
            return;
        }
        String kind = KINDS.get(event.getClass());
        if (kind == null) {
            return;
        }
        String detail = "";
        if (event instanceof ApplicationReturned returned) {
            detail = String.join("; ", returned.corrections().entrySet().stream()
                    .map(c -> label(event.serviceCode(), c.getKey()) + ": " + c.getValue()).toList());
        } else if (event instanceof ApplicationRejected rejected) {
            detail = rejected.reason() + " (" + rejected.legalBasis() + ")";
        }
        Object[] args = { applicant.displayName(), serviceName, event.reference(), link("/warga/permohonan/" + event.reference()), detail };
        String subject = messages.getMessage("eservice.notice." + kind + ".subject", args, INDONESIAN);
        String body = messages.getMessage("eservice.notice." + kind + ".body", args, INDONESIAN);
        String to = applicant.email() != null ? applicant.email() : applicant.phone();
        NotificationChannel channel = applicant.email() != null ? NotificationChannel.EMAIL : NotificationChannel.SMS;
        outbox.enqueueOnce(event.eventId() + ":" + to, channel, to, subject, body);
    }

    private void tellHeads(ApplicationEscalated event, String serviceName) {
        List<String> heads = staff.all().stream()
                .filter(a -> a.enabled() && a.role() == Role.AGENCY_HEAD && event.agencyCode().equals(a.agencyCode()))
                .map(StaffAccount::email).filter(e -> e != null && !e.isBlank()).distinct().toList();
        Object[] args = { serviceName, event.reference(), link("/opd/permohonan/" + event.reference()),
            messages.getMessage("eservice.escalation." + event.step(), null, event.step(), INDONESIAN) };
        for (String head : heads) {
            outbox.enqueueOnce(event.eventId() + ":" + head, NotificationChannel.EMAIL, head,
                    messages.getMessage("eservice.notice.escalated.subject", args, INDONESIAN),
                    messages.getMessage("eservice.notice.escalated.body", args, INDONESIAN));
        }
    }

    private String label(String serviceCode, String fieldCode) {
        return catalogue.find(serviceCode).flatMap(s -> s.field(fieldCode)).map(FormField::label).orElse(fieldCode);
    }

    private String link(String path) {
        String base = identity.publicUrl() == null ? "" : identity.publicUrl().replaceAll("/+$", "");
        return base + path;
    }
}
