package id.go.mimikakab.notification;

import java.util.Locale;

import id.go.mimikakab.citizen.VerificationCodeIssued;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the codes citizens are sent to verify an account or reset a password, in Bahasa Indonesia: by e-mail, or
 * by text message for an account with only a mobile number. A plain listener, so the message is queued in the same
 * transaction as the code it carries (the code is useless without it, and it without the code).
 */
@Component
class CitizenCodeNotices {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final NotificationOutbox outbox;
    private final MessageSource messages;

    CitizenCodeNotices(NotificationOutbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void codeIssued(VerificationCodeIssued issued) {
        String prefix = issued.passwordReset() ? "citizen.code.reset" : "citizen.code.verify";
        Object[] args = { issued.displayName(), issued.code(), issued.validForMinutes() };
        String subject = messages.getMessage(prefix + ".subject", null, INDONESIAN);
        String body = messages.getMessage(prefix + ".body", args, INDONESIAN);
        if (issued.email() != null) {
            outbox.enqueue(NotificationChannel.EMAIL, issued.email(), subject, body);
        } else {
            outbox.enqueue(NotificationChannel.SMS, issued.phone(), subject, body);
        }
    }
}
