package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mails reach a real SMTP server (GreenMail on a free local port): plain text, or multipart with the attachment. */
class EmailSenderTests {

    private static final byte[] PDF = "%PDF-1.7 laporan kinerja".getBytes(StandardCharsets.US_ASCII);

    private GreenMail smtp;
    private EmailSender sender;

    @BeforeEach
    void startTheMailServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        mail.setDefaultEncoding("UTF-8");
        sender = new EmailSender(mail, new NotificationProperties("laporan@mimikakab.go.id", null, null, null, null, null, null));
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    @Test
    void sendsTheAttachmentAsAPartOfAMultipartMessageBesideTheText() throws Exception {
        sender.send(new OutboxMessage(1, NotificationChannel.EMAIL, "bupati@demo.mimikakab.go.id",
                "Laporan kinerja mingguan Kabupaten Mimika: 3 laporan merah", "Yth. Bapak/Ibu Pimpinan,\n\nterlampir …", 1,
                new Attachment("laporan-kinerja-kabupaten-mimika-2031-03-17.pdf", "application/pdf", PDF)));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Laporan kinerja mingguan Kabupaten Mimika: 3 laporan merah");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("laporan@mimikakab.go.id");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Yth. Bapak/Ibu Pimpinan");
        BodyPart file = parts.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("laporan-kinerja-kabupaten-mimika-2031-03-17.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        file.getInputStream().transferTo(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(PDF);
    }

    @Test
    void sendsAMessageWithoutAttachmentAsPlainText() throws Exception {
        sender.send(new OutboxMessage(2, NotificationChannel.EMAIL, "pelapor@contoh.id", "Laporan diteruskan", "Isi pesan", 1));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(mail.getContent().toString()).contains("Isi pesan");
    }
}
