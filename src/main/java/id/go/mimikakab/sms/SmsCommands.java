package id.go.mimikakab.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.PublicReport;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportRefused;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReporterContacts;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.system.RateLimit;
import id.go.mimikakab.system.RateLimits;
import id.go.mimikakab.system.Wit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out what a text message asks and answers with the reply to send back, once per message: a message handled
 * before answers the reply it got then (the same gateway row, read again after a crash) or nothing (a second delivery
 * of the same message). Reports go through the report intake with an Idempotency-Key derived from the message, so a
 * message is never two reports, whichever node handles it and however often.
 */
@Component
class SmsCommands {

    /** Who the timeline names as having recorded a report that came by SMS. */
    static final String RECORDER = "sms";
    /** The category of a report whose text named none; the command centre classifies it. */
    static final String UNCLASSIFIED = "LAINNYA";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN).withZone(Wit.ZONE);
    private static final Logger log = LoggerFactory.getLogger(SmsCommands.class);

    private final ReportIntake intake;
    private final ReporterContacts contacts;
    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RateLimit perSender;
    private final Clock clock;

    SmsCommands(ReportIntake intake, ReporterContacts contacts, ReportCategories categories, RegionCatalog regions,
            AgencyDirectory agencies, MessageSource messages, JdbcClient jdbc, TransactionTemplate transactions,
            RateLimits limits, SmsProperties properties, Clock clock) {
        this.intake = intake;
        this.contacts = contacts;
        this.categories = categories;
        this.regions = regions;
        this.agencies = agencies;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.perSender = limits.limit("sms-sender", RateLimits.perPeriod(properties.messagesPerSenderPerHour(), Duration.ofHours(1)));
        this.clock = clock;
    }

    /** The reply to send for a message, or empty when none is due (a second delivery, or a sender over the limit). */
    Optional<String> handle(ReceivedSms sms) {
        Optional<Handled> earlier = handled(sms.key());
        if (earlier.isPresent()) {
            return earlier.get().gatewayId() == sms.gatewayId() ? Optional.ofNullable(earlier.get().reply()) : Optional.empty();
        }
        if (perSender.take(sms.sender()).isPresent()) {
            log.warn("SMS in gateway row {} ignored: its sender is over the hourly limit", sms.gatewayId());
            return Optional.empty();
        }
        SmsCommand command = SmsCommand.parse(sms.text(), vocabulary());
        try {
            if (command instanceof SmsCommand.Help) {
                return remember(sms, "INFO", null, text("sms.reply.help"));
            }
            if (command instanceof SmsCommand.Check check) {
                return remember(sms, "CEK", null, status(check.ticket(), sms.sender()));
            }
            if (command instanceof SmsCommand.Answer answer) {
                return answer(sms, answer.ticket(), answer.text());
            }
            if (command instanceof SmsCommand.FreeText free) {
                Optional<String> waiting = contacts.awaitingAnswerFrom(sms.sender());
                return waiting.isPresent() ? answer(sms, waiting.get(), free.text())
                        : report(sms, new SmsCommand.Report(null, null, null, free.text()), true);
            }
            return report(sms, (SmsCommand.Report) command, false);
        } catch (DuplicateKeyException raced) {
            return handled(sms.key()).filter(h -> h.gatewayId() == sms.gatewayId()).map(Handled::reply);
        }
    }

    private Optional<String> report(ReceivedSms sms, SmsCommand.Report report, boolean freeText) {
        String category = report.categoryCode() == null ? UNCLASSIFIED : report.categoryCode();
        ReportSubmission submission = new ReportSubmission("COMPLAINT", category, report.description(), report.districtCode(),
                null, null, null, null, false, false, null, sms.sender(), null);
        Receipt receipt;
        try {
            receipt = intake.submit(submission, Channel.SMS, RECORDER, "sms-" + sms.key());
        } catch (InvalidReportException invalid) {
            return remember(sms, "LAPOR", null, refusal(invalid.problems()));
        }
        StringBuilder reply = new StringBuilder(text("sms.reply.received", receipt.ticket(), receipt.pin()));
        if (freeText) {
            reply.append(' ').append(text("sms.reply.toClassify"));
        } else {
            if (report.unknownCategory() != null) {
                reply.append(' ').append(text("sms.reply.categoryUnknown", report.unknownCategory()));
            }
            if (report.districtCode() == null) {
                reply.append(' ').append(text("sms.reply.districtUnknown"));
            }
        }
        return remember(sms, "LAPOR", receipt.ticket(), reply.toString());
    }

    private Optional<String> answer(ReceivedSms sms, String typedTicket, String answer) {
        Optional<TicketNumber> ticket = TicketNumber.parse(typedTicket);
        if (ticket.isEmpty()) {
            return remember(sms, "JAWAB", null, text("sms.reply.answerFormat"));
        }
        String t = ticket.get().value();
        if (answer == null || answer.isBlank()) {
            return remember(sms, "JAWAB", t, text("sms.reply.answerFormat"));
        }
        try {
            // the answer and the record that the message was handled commit together: a crash repeats neither
            return transactions.execute(tx -> {
                contacts.answerBySms(t, sms.sender(), answer);
                return remember(sms, "JAWAB", t, text("sms.reply.answered", t));
            });
        } catch (ReportRefused | id.go.mimikakab.system.NotFoundException refused) {
            if (handled(sms.key()).isPresent()) {
                throw new DuplicateKeyException("handled by another node meanwhile");
            }
            return remember(sms, "JAWAB", t, text("sms.reply.notAwaiting", t));
        }
    }

    private String status(String typedTicket, String sender) {
        Optional<PublicReport> found = TicketNumber.parse(typedTicket).flatMap(t -> contacts.statusFor(t.value(), sender));
        if (found.isEmpty()) {
            return text("sms.reply.notFound", typedTicket.isBlank() ? "?" : typedTicket.strip());
        }
        PublicReport r = found.get();
        String agency = r.responsible() != null && r.responsible().code() != null
                ? agencies.find(r.responsible().code()).map(Agency::name).orElse(r.responsible().code()) : "";
        String state = text("sms.status." + r.status().name(), agency);
        String light = text("sms.light." + r.light().name());
        String due = r.dueAt() != null && r.status().awaitsGovernment() ? " " + text("sms.reply.due", DAY.format(r.dueAt())) : "";
        return text("sms.reply.status", r.ticket(), state, light) + due;
    }

    private String refusal(List<FieldProblem> problems) {
        boolean tooShort = problems.stream().anyMatch(p -> p.field().equals("description"));
        return tooShort ? text("sms.reply.tooShort", ReportIntake.MIN_DESCRIPTION) : text("sms.reply.notTaken");
    }

    /** Records that the message was handled, with its reply, unless another handler was first; then that one's answer counts. */
    private Optional<String> remember(ReceivedSms sms, String command, String ticket, String reply) {
        int inserted = jdbc.sql("""
                        insert into sms_received (message_key, gateway_id, command, ticket, reply, handled_at)
                        select :key, :gatewayId, :command, :ticket, :reply, :at
                        where not exists (select 1 from sms_received where message_key = :key)""")
                .param("key", sms.key())
                .param("gatewayId", sms.gatewayId())
                .param("command", command)
                .param("ticket", ticket)
                .param("reply", reply.length() > 1000 ? reply.substring(0, 1000) : reply)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            throw new DuplicateKeyException("SMS " + sms.gatewayId() + " was handled meanwhile");
        }
        return Optional.of(reply);
    }

    private Optional<Handled> handled(String key) {
        return jdbc.sql("select gateway_id, reply from sms_received where message_key = :key")
                .param("key", key)
                .query((rs, n) -> new Handled(rs.getLong("gateway_id"), rs.getString("reply")))
                .optional();
    }

    /** The active categories by code and by name, and the districts by name; read afresh, categories change. */
    private SmsCommand.Vocabulary vocabulary() {
        Map<String, String> byWord = new LinkedHashMap<>();
        for (ReportCategory c : categories.active()) {
            byWord.putIfAbsent(SmsCommand.word(c.code()), c.code());
            byWord.putIfAbsent(SmsCommand.word(c.name()), c.code());
        }
        Map<String, String> districts = regions.districts().stream()
                .collect(Collectors.toMap(d -> SmsCommand.word(d.name()), District::code, (a, b) -> a));
        return new SmsCommand.Vocabulary(byWord, districts);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }

    /** A message handled before: the gateway row it came in and the reply it got. */
    private record Handled(long gatewayId, String reply) {
    }
}
