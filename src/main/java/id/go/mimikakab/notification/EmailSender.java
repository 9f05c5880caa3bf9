package id.go.mimikakab.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail through the SMTP server of {@code spring.mail.*}. It exists only when {@code spring.mail.host}
 * is set, the same condition under which Spring Boot provides the {@link JavaMailSender}; without it e-mails
 * wait in the outbox. A message with an attachment goes as a multipart MIME message, any other as plain text.
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
        if (message.attachment() != null) {
            sendWithAttachment(message, message.attachment());
            return;
        }
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(properties.from());
        mailMessage.setTo(message.recipient());
        mailMessage.setSubject(message.subject());
        mailMessage.setText(message.body());
        mail.send(mailMessage);
    }

    /** A multipart/mixed message: the plain-text body, then the file. */
    private void sendWithAttachment(OutboxMessage message, Attachment attachment) {
        MimeMessage mime = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()), attachment.contentType());
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not build the e-mail with attachment " + attachment.name(), e);
        }
        mail.send(mime);
    }
}
