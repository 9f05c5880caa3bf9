package id.go.mimikakab.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.upload.CleanPhoto;
import id.go.mimikakab.system.PhoneNumber;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Receives citizens' reports from every channel: checks every field at once, gives the report a ticket and
 * its first deadline, and makes retries safe. A retry with the same {@code Idempotency-Key} and content gets
 * the original answer, from any node and after restarts, because the key is claimed in the database in the
 * same transaction that stores the report.
 */
@Component
public class ReportIntake {

    public static final int MAX_DESCRIPTION = 4000;
    public static final int MIN_DESCRIPTION = 10;
    private static final int TICKET_ATTEMPTS = 5;
    static final String CLAIM_KEY = """
            insert into idempotency_record (idempotency_key, request_hash, ticket, response_body, created_at)
            values (?, ?, ?, ?, ?)""";

    private final ReportStore store;
    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final SlaPolicies policies;
    private final HolidayCalendar calendar;
    private final ReportPins pins;
    private final ReportPhotos photos;
    private final CategoryQuestions questions;
    private final IntakeBatches batches;
    private final SubmissionRules rules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    ReportIntake(ReportStore store, ReportCategories categories, RegionCatalog regions, SlaPolicies policies,
            HolidayCalendar calendar, ReportPins pins, ReportPhotos photos, CategoryQuestions questions,
            IntakeBatches batches, SubmissionRules rules, JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
            Clock clock) {
        this.store = store;
        this.categories = categories;
        this.regions = regions;
        this.policies = policies;
        this.calendar = calendar;
        this.pins = pins;
        this.photos = photos;
        this.questions = questions;
        this.batches = batches;
        this.rules = rules;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Checks a submission field by field and returns the clean report, or refuses with every problem found. */
    public NewReport check(ReportSubmission s) {
        return check(s, true);
    }

    /**
     * As {@link #check(ReportSubmission)}; a text message may name no place (or only a district), because the command
     * centre classifies it and asks for the place when it needs one.
     */
    private NewReport check(ReportSubmission s, boolean placeRequired) {
        SubmissionFields fields = SubmissionFields.of(s);
        List<FieldProblem> problems = rules.problems(fields, placeRequired);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        String district = fields.villageCode() == null ? fields.districtCode()
                : regions.village(fields.villageCode()).orElseThrow().districtCode();
        boolean hasPoint = fields.hasPoint();
        return new NewReport(ReportKind.valueOf(fields.kind()), fields.categoryCode(), fields.description(), district,
                fields.villageCode(), hasPoint ? fields.latitude() : null, hasPoint ? fields.longitude() : null,
                fields.address(), Boolean.TRUE.equals(s.anonymous()), Boolean.TRUE.equals(s.confidential()),
                fields.reporterName(), PhoneNumber.of(fields.reporterPhone()).map(PhoneNumber::value).orElse(null),
                fields.reporterEmail() == null ? null : ReporterChecks.email(fields.reporterEmail()));
    }

    /**
     * Stores a new report and answers with its receipt; with an idempotency key, a retry of the same content
     * answers the same receipt and other content under the same key is refused.
     */
    public Receipt submit(ReportSubmission submission, Channel channel, String recordedBy, String idempotencyKey) {
        return submit(submission, channel, recordedBy, idempotencyKey, List.of());
    }

    /**
     * Stores a new report with up to {@link ReportPhotos#MAX_PER_UPLOAD} photos, cleaned of their metadata;
     * problems with the photos are listed with those of the other fields. Under an idempotency key, the same
     * report with other photos counts as other content.
     */
    public Receipt submit(ReportSubmission submission, Channel channel, String recordedBy, String idempotencyKey,
            List<PhotoUpload> uploads) {
        return submit(submission, null, channel, recordedBy, idempotencyKey, uploads);
    }

    /**
     * Stores a new report from a channel that asks the category's questions (Open311 today) with the answers given,
     * by question code; required questions must be answered, and problems with the answers are listed with those of
     * the other fields.
     */
    public Receipt submit(ReportSubmission submission, Map<String, List<String>> answers, Channel channel,
            String recordedBy, String idempotencyKey) {
        return submit(submission, answers, channel, recordedBy, idempotencyKey, List.of());
    }

    private Receipt submit(ReportSubmission submission, Map<String, List<String>> given, Channel channel,
            String recordedBy, String idempotencyKey, List<PhotoUpload> uploads) {
        ReportPhotos.Checked checked = photos.check(uploads);
        List<FieldProblem> problems = new ArrayList<>();
        NewReport report = null;
        try {
            report = check(submission, channel != Channel.SMS);
        } catch (InvalidReportException invalid) {
            problems.addAll(invalid.problems());
        }
        List<CategoryQuestions.Answer> answers = List.of();
        if (given != null && !blank(submission.categoryCode()) && categories.isActive(submission.categoryCode().strip())) {
            try {
                answers = questions.check(submission.categoryCode().strip(), given);
            } catch (InvalidReportException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        problems.addAll(checked.problems());
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        return store(report, answers, checked.photos(), channel, recordedBy, idempotencyKey, uploads);
    }

    private Receipt store(NewReport report, List<CategoryQuestions.Answer> answers, List<CleanPhoto> cleanPhotos,
            Channel channel, String recordedBy, String idempotencyKey, List<PhotoUpload> uploads) {
        String key = blank(idempotencyKey) ? null : idempotencyKey.strip();
        String requestHash = requestHash(report, answers, channel, recordedBy, uploads);
        if (key != null && !uploads.isEmpty()) {
            Optional<Receipt> earlier = replay(key, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (uploads.isEmpty() && answers.isEmpty() && batches.enabled()) {
            Optional<Receipt> stored = submitInBatch(report, channel, recordedBy, key, requestHash);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> create(report, answers, cleanPhotos, channel, recordedBy, key, requestHash));
            } catch (DuplicateKeyException clash) {
                if (key != null) {
                    Optional<Receipt> earlier = replay(key, requestHash);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                }
                if (attempt == TICKET_ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }

    /**
     * Stores a report that arrives without photos and is not routed automatically together with others arriving at
     * the same moment; empty when it has to be stored on its own instead (the batch failed, for example because
     * its idempotency key or ticket was taken, and the path on its own retries, replays or reports the problem).
     */
    private Optional<Receipt> submitInBatch(NewReport content, Channel channel, String recordedBy, String key,
            String requestHash) {
        Report report = newReport(content, channel, recordedBy);
        if (report.status() != ReportStatus.SUBMITTED) {
            return Optional.empty();
        }
        StoredAnswer answer = StoredAnswer.of(report);
        try {
            batches.store(new IntakeBatches.Pending(report, key, requestHash, key == null ? null : json.writeValueAsString(answer)));
        } catch (IntakeBatches.NotBatched notTaken) {
            return Optional.empty();
        } catch (RuntimeException failed) {
            // A commit can fail on its way back (the connection lost after the database committed): a report without
            // a key would then be stored twice, so whether the batch stored it is asked before storing it again.
            if (!storedAs(report.ticket())) {
                return Optional.empty();
            }
        }
        return Optional.of(answer.receipt(pins.pinFor(report.ticket())));
    }

    private boolean storedAs(TicketNumber ticket) {
        return jdbc.sql("select count(*) from report where ticket = :ticket").param("ticket", ticket.value())
                .query(Long.class).single() > 0;
    }

    private Report newReport(NewReport content, Channel channel, String recordedBy) {
        Instant now = clock.instant();
        SlaPolicy policy = policies.of(content.categoryCode());
        Report report = Report.submit(TicketNumber.random(), content, channel, recordedBy, now, policy, calendar.workingDays());
        if (policy.autoRoute()) {
            report.routeTo(policies.agencyFor(content.categoryCode(), content.districtCode()), "system", now, policy,
                    calendar.workingDays());
        }
        return report;
    }

    private Receipt create(NewReport content, List<CategoryQuestions.Answer> answers, List<CleanPhoto> cleanPhotos,
            Channel channel, String recordedBy, String key, String requestHash) {
        Report report = newReport(content, channel, recordedBy);
        TicketNumber ticket = report.ticket();
        StoredAnswer answer = StoredAnswer.of(report);
        if (key != null) {
            jdbc.sql(CLAIM_KEY)
                    .params(key, requestHash, ticket.value(), json.writeValueAsString(answer), ReportStore.utc(report.submittedAt()))
                    .update();
        }
        store.insert(report);
        questions.store(report.id(), answers);
        photos.attach(report.id(), null, cleanPhotos);
        return answer.receipt(pins.pinFor(ticket));
    }

    private Optional<Receipt> replay(String key, String requestHash) {
        return jdbc.sql("select request_hash, response_body from idempotency_record where idempotency_key = :key")
                .param("key", key)
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        throw new IdempotencyConflictException(key);
                    }
                    StoredAnswer answer = json.readValue(rs.getString("response_body"), StoredAnswer.class);
                    return answer.receipt(pins.pinFor(new TicketNumber(answer.ticket())));
                })
                .optional();
    }

    /** What makes two keyed submissions the same: the checked content, the answers, the channel, who recorded it and the photos. */
    String requestHash(NewReport report, Channel channel, String recordedBy, List<PhotoUpload> uploads) {
        return requestHash(report, List.of(), channel, recordedBy, uploads);
    }

    private String requestHash(NewReport report, List<CategoryQuestions.Answer> answers, Channel channel, String recordedBy,
            List<PhotoUpload> uploads) {
        return sha256(json.writeValueAsString(report) + "|" + channel + "|" + recordedBy + ReportPhotos.digests(uploads)
                + CategoryQuestions.digest(answers));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first answer to a keyed submission, without the PIN, which is derived again on replay. */
    record StoredAnswer(String ticket, ReportStatus status, Responsible.Type responsibleType, String responsibleCode,
            Instant dueAt) {

        static StoredAnswer of(Report r) {
            Responsible.Type type = r.status().waitingOn();
            return new StoredAnswer(r.ticket().value(), r.status(), type,
                    type == Responsible.Type.AGENCY ? r.agencyCode() : null, r.dueAt());
        }

        Receipt receipt(String pin) {
            return new Receipt(ticket, pin, status, responsibleType == null ? null : new Responsible(responsibleType,
                    responsibleCode), dueAt);
        }
    }
}
