package id.go.mimikakab.sms;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes messages into Gammu's {@code outbox}, the daemon's queue: a short text as one row; a long one as its first
 * part in {@code outbox} ({@code MultiPart}, with the concatenation header in {@code UDH}) and the others in
 * {@code outbox_multipart} under the same {@code ID}, as Gammu's documentation describes. Column names are mixed
 * case in Gammu's schema, hence quoted.
 */
@Component
@ConditionalOnProperty(prefix = "mimika.sms.gateway", name = "url")
class GammuOutbox {

    static final String CODING = "Default_No_Compression";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GammuDatabase gateway;
    private final SmsProperties properties;

    GammuOutbox(GammuDatabase gateway, SmsProperties properties) {
        this.gateway = gateway;
        this.properties = properties;
    }

    /**
     * Queues a text to a number in the gateway's current transaction (or on its own), marked with {@code creator} in
     * {@code CreatorID}; answers Gammu's {@code ID} of the message.
     */
    long queue(String number, String text, String creator) {
        List<String> parts = TextMessageParts.split(text, properties.maxParts());
        if (parts.size() == 1) {
            return gateway.jdbc().sql("""
                            insert into outbox ("DestinationNumber", "TextDecoded", "CreatorID", "Coding")
                            values (:number, :text, :creator, :coding) returning "ID\"""")
                    .param("number", number)
                    .param("text", parts.get(0))
                    .param("creator", creator)
                    .param("coding", CODING)
                    .query(Long.class)
                    .single();
        }
        String reference = HexFormat.of().withUpperCase().toHexDigits((byte) RANDOM.nextInt(256));
        String total = HexFormat.of().withUpperCase().toHexDigits((byte) parts.size());
        long id = gateway.jdbc().sql("""
                        insert into outbox ("DestinationNumber", "TextDecoded", "CreatorID", "Coding", "MultiPart", "UDH", "Class")
                        values (:number, :text, :creator, :coding, true, :udh, 1) returning "ID\"""")
                .param("number", number)
                .param("text", parts.get(0))
                .param("creator", creator)
                .param("coding", CODING)
                .param("udh", udh(reference, total, 1))
                .query(Long.class)
                .single();
        for (int position = 2; position <= parts.size(); position++) {
            gateway.jdbc().sql("""
                            insert into outbox_multipart ("ID", "SequencePosition", "TextDecoded", "UDH", "Coding", "Class")
                            values (:id, :position, :text, :udh, :coding, 1)""")
                    .param("id", id)
                    .param("position", position)
                    .param("text", parts.get(position - 1))
                    .param("udh", udh(reference, total, position))
                    .param("coding", CODING)
                    .update();
        }
        return id;
    }

    /** Whether a message marked with {@code creator} is queued or was sent already. */
    boolean queuedOrSent(String creator) {
        return gateway.jdbc().sql("""
                        select count(*) from (select "ID" from outbox where "CreatorID" = :creator
                                              union all select "ID" from sentitems where "CreatorID" = :creator) found""")
                .param("creator", creator)
                .query(Long.class)
                .single() > 0;
    }

    /** The concatenation header of part {@code position}: IEI 00 (8-bit reference), length 3, reference, total, position. */
    private static String udh(String reference, String total, int position) {
        return "050003" + reference + total + HexFormat.of().withUpperCase().toHexDigits((byte) position);
    }
}
