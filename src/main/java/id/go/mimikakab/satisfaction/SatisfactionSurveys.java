package id.go.mimikakab.satisfaction;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.notification.NotificationChannel;
import id.go.mimikakab.notification.NotificationOutbox;
import id.go.mimikakab.system.UnguessableCodes;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.PlainText;
import id.go.mimikakab.system.Wit;

/**
 * Invites citizens to the survey and records their answers: one invitation per case with a one-time token, the
 * e-mail queued in the outbox in the caller's transaction, and at most one response per invitation.
 */
@Component
public class SatisfactionSurveys {

    static final int COMMENT_MAX = 1000;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AgencyDirectory agencies;
    private final NotificationOutbox outbox;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Identity identity;

    SatisfactionSurveys(JdbcClient jdbc, Clock clock, AgencyDirectory agencies, NotificationOutbox outbox, AuditTrail audit,
            MessageSource messages, Identity identity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.agencies = agencies;
        this.outbox = outbox;
        this.audit = audit;
        this.messages = messages;
        this.identity = identity;
    }

    /**
     * Invites the citizen of a case to rate its unit, once per case: a second call for the same case returns the same
     * survey and queues nothing. Returns the survey's path, {@code /survei/<token>}.
     */
    @Transactional
    public String invite(SurveyInvitation invitation) {
        String unitName = agencies.find(invitation.unitCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown unit " + invitation.unitCode())).name();
        Optional<String> existing = tokenOf(invitation.caseKind(), invitation.caseReference());
        if (existing.isPresent()) {
            return path(existing.get());
        }
        String token = newToken();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int inserted = jdbc.sql("""
                        insert into survey_invitation (token, unit_code, case_kind, case_reference, invited_at)
                        select :token, :unit, :kind, :reference, :at where not exists
                            (select 1 from survey_invitation where case_kind = :kind and case_reference = :reference)""")
                .param("token", token)
                .param("unit", invitation.unitCode())
                .param("kind", invitation.caseKind())
                .param("reference", invitation.caseReference())
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            return path(tokenOf(invitation.caseKind(), invitation.caseReference()).orElseThrow());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", invitation.unitCode());
        after.put("caseKind", invitation.caseKind());
        after.put("caseReference", invitation.caseReference());
        after.put("byEmail", invitation.email() != null);
        audit.record("SURVEY_INVITED", "survey", invitation.caseKind() + ":" + invitation.caseReference(), null, after);
        if (invitation.email() != null) {
            String greeting = invitation.name() == null ? message("satisfaction.mail.greeting")
                    : message("satisfaction.mail.greetingNamed", invitation.name());
            outbox.enqueueOnce("survey:" + invitation.caseKind() + ":" + invitation.caseReference(), NotificationChannel.EMAIL,
                    invitation.email(), message("satisfaction.mail.subject", unitName),
                    message("satisfaction.mail.body", greeting, unitName, invitation.caseReference(), url(token)));
        }
        return path(token);
    }

    /** The survey a token opens; empty for a token never issued. */
    public Optional<Survey> find(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select i.token, i.unit_code, a.name as unit_name, i.case_kind, i.case_reference, i.answered_at
                        from survey_invitation i join agency a on a.code = i.unit_code where i.token = :token""")
                .param("token", token)
                .query((rs, n) -> new Survey(rs.getString("token"), rs.getString("unit_code"), rs.getString("unit_name"),
                        rs.getString("case_kind"), rs.getString("case_reference"),
                        Optional.ofNullable(rs.getObject("answered_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .optional();
    }

    /**
     * Records the one response of an invitation. False when the token is unknown or was answered before (also when
     * two answers race: only the first to mark the invitation counts).
     */
    @Transactional
    public boolean answer(String token, Answers answers, String comment) {
        Optional<Survey> survey = find(token);
        if (survey.isEmpty() || survey.get().answered()) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int marked = jdbc.sql("update survey_invitation set answered_at = :at where token = :token and answered_at is null")
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("token", token)
                .update();
        if (marked == 0) {
            return false;
        }
        String cleaned = comment == null ? null : PlainText.clean(comment);
        cleaned = cleaned == null || cleaned.isBlank() ? null : cleaned.substring(0, Math.min(cleaned.length(), COMMENT_MAX));
        jdbc.sql("""
                        insert into survey_response (invitation_id, unit_code, case_kind, answered_at, answered_on,
                                                     u1, u2, u3, u4, u5, u6, u7, u8, u9, comment)
                        select id, unit_code, case_kind, :at, :on, :u1, :u2, :u3, :u4, :u5, :u6, :u7, :u8, :u9, :comment
                        from survey_invitation where token = :token""")
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("on", Wit.dateOf(now))
                .param("u1", answers.of(Element.U1)).param("u2", answers.of(Element.U2)).param("u3", answers.of(Element.U3))
                .param("u4", answers.of(Element.U4)).param("u5", answers.of(Element.U5)).param("u6", answers.of(Element.U6))
                .param("u7", answers.of(Element.U7)).param("u8", answers.of(Element.U8)).param("u9", answers.of(Element.U9))
                .param("comment", cleaned, Types.VARCHAR)
                .param("token", token)
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", survey.get().unitCode());
        after.put("caseKind", survey.get().caseKind());
        after.put("answers", answers.values());
        audit.record("SURVEY_ANSWERED", "survey", survey.get().caseKind() + ":" + survey.get().caseReference(), null, after);
        return true;
    }

    private Optional<String> tokenOf(String kind, String reference) {
        return jdbc.sql("select token from survey_invitation where case_kind = :kind and case_reference = :reference")
                .param("kind", kind)
                .param("reference", reference)
                .query(String.class)
                .optional();
    }

    private String url(String token) {
        String base = identity.publicUrl() == null || identity.publicUrl().isBlank() ? "http://localhost:8080"
                : identity.publicUrl().strip().replaceAll("/+$", "");
        return base + path(token);
    }

    static String path(String token) {
        return "/survei/" + token;
    }

    static boolean wellFormed(String token) {
        return UnguessableCodes.wellFormed(token);
    }

    static String newToken() {
        return UnguessableCodes.next();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, INDONESIAN);
    }
}
