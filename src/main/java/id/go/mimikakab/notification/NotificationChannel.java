package id.go.mimikakab.notification;

/** How a message reaches its recipient; each channel needs a {@link NotificationSender} before its messages leave. */
public enum NotificationChannel {
    /** E-mail over SMTP. */
    EMAIL,
    /** A text message to a mobile number. */
    SMS,
    /** A WhatsApp message to a mobile number. */
    WHATSAPP
}
