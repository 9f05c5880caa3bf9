package id.go.mimikakab.sms;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Reads Gammu's {@code inbox}: claims the rows not yet {@code Processed} with {@code select … for update skip locked},
 * so that of several nodes each row is held by one at a time, and marks them processed in the same transaction. A
 * long message arrives as one row per part, each with its concatenation header in {@code UDH}; its parts are put
 * together in order, and handled once all have arrived, or after {@code mimika.sms.parts-wait} with those there are.
 */
@Component
@ConditionalOnProperty(prefix = "mimika.sms.gateway", name = "url")
class GammuInbox {

    private final GammuDatabase gateway;
    private final SmsProperties properties;

    GammuInbox(GammuDatabase gateway, SmsProperties properties) {
        this.gateway = gateway;
        this.properties = properties;
    }

    /**
     * The unprocessed messages among the oldest rows, locked by the caller's gateway transaction; parts of a long
     * message still waiting for their siblings are left for a later run.
     */
    List<ReceivedSms> claim() {
        List<Row> rows = gateway.jdbc().sql("""
                        select "ID", "SenderNumber", "TextDecoded", "UDH", "ReceivingDateTime", localtimestamp(0) as now
                        from inbox where "Processed" = false order by "ID" limit :limit for update skip locked""")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new Row(rs.getLong("ID"), rs.getString("SenderNumber"), rs.getString("TextDecoded"),
                        rs.getString("UDH"), rs.getTimestamp("ReceivingDateTime"), rs.getTimestamp("now")))
                .list();
        List<ReceivedSms> messages = new ArrayList<>();
        Map<String, List<Row>> parts = new LinkedHashMap<>();
        for (Row row : rows) {
            Optional<Concatenation> concatenation = Concatenation.of(row.udh());
            if (concatenation.isEmpty()) {
                messages.add(new ReceivedSms(List.of(row.id()), row.sender(), text(row), stamp(row.stampedAt())));
            } else {
                parts.computeIfAbsent(row.sender() + "|" + concatenation.get().reference() + "|" + concatenation.get().total(),
                        k -> new ArrayList<>()).add(row);
            }
        }
        for (List<Row> group : parts.values()) {
            group.sort(Comparator.comparingInt(r -> Concatenation.of(r.udh()).orElseThrow().position()));
            int total = Concatenation.of(group.get(0).udh()).orElseThrow().total();
            Row first = group.get(0);
            LocalDateTime waitedUntil = first.stampedAt().toLocalDateTime().plus(properties.partsWait());
            if (group.size() >= total || first.now().toLocalDateTime().isAfter(waitedUntil)) {
                StringBuilder text = new StringBuilder();
                group.forEach(r -> text.append(text(r)));
                messages.add(new ReceivedSms(group.stream().map(Row::id).toList(), first.sender(), text.toString(),
                        stamp(first.stampedAt())));
            }
        }
        messages.sort(Comparator.comparingLong(ReceivedSms::gatewayId));
        return messages;
    }

    /** Marks the rows of a message processed, in the caller's gateway transaction. */
    void processed(ReceivedSms sms) {
        gateway.jdbc().sql("update inbox set \"Processed\" = true where \"ID\" in (:ids)")
                .param("ids", sms.gatewayIds())
                .update();
    }

    private static String text(Row row) {
        return row.text() == null ? "" : row.text();
    }

    private static String stamp(Timestamp at) {
        return at == null ? "" : at.toLocalDateTime().toString();
    }

    /** One row of Gammu's inbox, with the gateway database's time when it was read. */
    private record Row(long id, String sender, String text, String udh, Timestamp stampedAt, Timestamp now) {
    }

    /**
     * The concatenation header of one part: information element 00 (8-bit reference, {@code 050003RRTTPP}) or 08
     * (16-bit reference, {@code 060804RRRRTTPP}), in hex as Gammu stores it.
     */
    record Concatenation(int reference, int total, int position) {

        static Optional<Concatenation> of(String udh) {
            if (udh == null) {
                return Optional.empty();
            }
            String hex = udh.strip().toUpperCase(java.util.Locale.ROOT);
            try {
                if (hex.length() == 12 && hex.startsWith("050003")) {
                    return valid(Integer.parseInt(hex.substring(6, 8), 16), Integer.parseInt(hex.substring(8, 10), 16),
                            Integer.parseInt(hex.substring(10, 12), 16));
                }
                if (hex.length() == 14 && hex.startsWith("060804")) {
                    return valid(Integer.parseInt(hex.substring(6, 10), 16), Integer.parseInt(hex.substring(10, 12), 16),
                            Integer.parseInt(hex.substring(12, 14), 16));
                }
            } catch (NumberFormatException notHex) {
                return Optional.empty();
            }
            return Optional.empty();
        }

        private static Optional<Concatenation> valid(int reference, int total, int position) {
            return total >= 1 && position >= 1 && position <= total ? Optional.of(new Concatenation(reference, total, position))
                    : Optional.empty();
        }
    }
}
