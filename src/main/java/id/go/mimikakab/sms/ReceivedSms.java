package id.go.mimikakab.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One text message as the citizen wrote it: its rows in Gammu's inbox (several for a long message sent in parts),
 * the sender's number, the text and the time the network stamped on it (Gammu's {@code ReceivingDateTime}).
 */
record ReceivedSms(List<Long> gatewayIds, String sender, String text, String stampedAt) {

    /** The gateway row that stands for the message: its first part's. */
    long gatewayId() {
        return gatewayIds.get(0);
    }

    /**
     * What makes two deliveries the same message: the sender, the text and the network's time stamp. A hash, so that
     * neither the number nor the text is kept in the program's table.
     */
    String key() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((sender + "|" + stampedAt + "|" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
