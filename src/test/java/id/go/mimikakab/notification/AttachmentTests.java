package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;

/** Attachments are files with a plain name and a content type, and travel on e-mails only. */
class AttachmentTests {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    @Test
    void refusesANameThatCouldEscapeTheMessageOrAFolder() {
        assertThatThrownBy(() -> new Attachment("../laporan.pdf", "application/pdf", PDF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attachment("laporan\r\nBcc: x@y.z", "application/pdf", PDF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attachment("laporan.pdf", "pdf", PDF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attachment("laporan.pdf", "application/pdf", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextOrWhatsAppMessageCarriesNoAttachment() {
        NotificationOutbox outbox = new NotificationOutbox(null, Clock.systemUTC());
        Attachment pdf = new Attachment("laporan.pdf", "application/pdf", PDF);

        assertThatThrownBy(() -> outbox.enqueue(NotificationChannel.SMS, "+6281234567890", "Laporan", "Isi", pdf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only e-mails");
        assertThatThrownBy(() -> outbox.enqueue(NotificationChannel.WHATSAPP, "+6281234567890", "Laporan", "Isi", pdf))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
