package id.go.mimikakab.notification;

/**
 * A file sent along with an e-mail, e.g. the weekly performance report as PDF. It travels in the outbox row
 * of its message, so it is kept exactly as long as the message and sent with every retry.
 */
public record Attachment(String name, String contentType, byte[] content) {

    /** The largest attachment the outbox takes; SMTP servers commonly refuse messages much above this. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public Attachment {
        if (name == null || name.isBlank() || name.length() > 200 || !name.matches("[^/\\\\\\r\\n\"]+")) {
            throw new IllegalArgumentException("An attachment needs a plain file name of 1 to 200 characters: " + name);
        }
        if (contentType == null || !contentType.matches("[a-z]+/[a-zA-Z0-9.+-]+") || contentType.length() > 100) {
            throw new IllegalArgumentException("An attachment needs a content type such as application/pdf: " + contentType);
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An attachment needs 1 byte to " + MAX_BYTES + " bytes of content");
        }
    }
}
