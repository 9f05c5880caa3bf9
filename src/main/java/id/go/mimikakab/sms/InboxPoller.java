package id.go.mimikakab.sms;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Handles what arrived in Gammu's inbox, on every node: each run claims a batch of rows in one gateway transaction,
 * handles each message, queues its reply in Gammu's outbox and marks its rows processed, all committed together. A
 * node that stops mid-run leaves its rows unprocessed and unlocked; whichever node reads them next gets the same
 * answer from {@link SmsCommands}, which remembers every message it handled.
 */
@Component
@ConditionalOnProperty(prefix = "mimika.sms.gateway", name = "url")
class InboxPoller {

    private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);

    private final GammuDatabase gateway;
    private final GammuInbox inbox;
    private final GammuOutbox outbox;
    private final SmsCommands commands;

    InboxPoller(GammuDatabase gateway, GammuInbox inbox, GammuOutbox outbox, SmsCommands commands) {
        this.gateway = gateway;
        this.inbox = inbox;
        this.outbox = outbox;
        this.commands = commands;
        try {
            int version = gateway.schemaVersion();
            if (version < 17) {
                log.warn("Gammu's schema is version {}; the program expects 17 or newer", version);
            }
        } catch (RuntimeException unreachable) {
            log.warn("SMS gateway database not reachable yet: {}", unreachable.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${mimika.sms.poll-interval:PT10S}", initialDelayString = "${mimika.sms.poll-interval:PT10S}")
    void pollOnSchedule() {
        try {
            while (pollOnce() > 0) {
                // more may be waiting behind a full batch
            }
        } catch (RuntimeException e) {
            log.warn("Reading the SMS gateway's inbox failed, trying again later: {}", e.getMessage());
        }
    }

    /** Handles one batch of the inbox; answers how many messages were handled. */
    int pollOnce() {
        Integer handled = gateway.transactions().execute(tx -> {
            List<ReceivedSms> messages = inbox.claim();
            int done = 0;
            for (ReceivedSms sms : messages) {
                Optional<String> reply;
                try {
                    reply = commands.handle(sms);
                } catch (RuntimeException e) {
                    // left unprocessed, so that a fault fixed later still gets the message handled
                    log.error("SMS in gateway row {} could not be handled; it stays in the inbox: {}", sms.gatewayId(), e.toString());
                    continue;
                }
                reply.ifPresent(text -> outbox.queue(sms.sender(), text, "mimika-reply-" + sms.gatewayId()));
                inbox.processed(sms);
                done++;
            }
            return done;
        });
        return handled == null ? 0 : handled;
    }
}
