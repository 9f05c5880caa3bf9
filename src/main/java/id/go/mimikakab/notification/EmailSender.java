package id.go.mimikakab.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail through the SMTP server of {@code spring.mail.*}. It exists only when {@code spring.mail.host}
 * is set, the same condition under which Spring Boot provides the {@link JavaMailSender}; without it e-mails
 * wait in the outbox.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class EmailSender implements NotificationSender {

    private final JavaMailSender mail;
    private final NotificationProperties properties;

    EmailSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public void send(OutboxMessage message) {
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(properties.from());
        mailMessage.setTo(message.recipient());
        mailMessage.setSubject(message.subject());
        mailMessage.setText(message.body());
        mail.send(mailMessage);
    }
}
