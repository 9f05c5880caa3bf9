package id.go.mimikakab.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.PhoneNumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the SMS channel and the call centre need of a reporter's phone number: whether a report's reporter is told
 * by SMS, the report a phone owes an answer to, its status for that phone, and the staff's search by phone. The
 * number is personal data: it is used here and never returned to the public.
 */
@Component
public class ReporterContacts {

    private final ReportWorkflow workflow;
    private final ReportViews views;
    private final ReportStore store;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReporterContacts(ReportWorkflow workflow, ReportViews views, ReportStore store, JdbcClient jdbc, AuditTrail audit) {
        this.workflow = workflow;
        this.views = views;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The number to text about a report: the reporter's, when they gave one and staff have not switched SMS off. */
    @Transactional(readOnly = true)
    public Optional<String> smsRecipient(String ticket) {
        return jdbc.sql("select reporter_phone from report where ticket = :ticket and sms_notices = true and reporter_phone is not null")
                .param("ticket", ticket)
                .query(String.class)
                .optional();
    }

    /** Whether the reporter of this report is told of its progress by SMS. */
    @Transactional(readOnly = true)
    public boolean smsNotices(String ticket) {
        return smsRecipient(ticket).isPresent();
    }

    /** Staff choose whether the reporter of a report is told of its progress by SMS; recorded in the audit trail. */
    @Transactional
    public void setSmsNotices(StaffMember by, String ticket, boolean on) {
        if (by.role() != Role.COMMAND_CENTER && !by.role().boundToAgency()) {
            throw new ReportRefused(ReportRefused.Kind.NOT_ALLOWED, "Only the command centre and the report's agency do this");
        }
        Report r = workflow.load(ticket);
        if (by.role().boundToAgency() && !by.worksFor(r.agencyCode()) && !by.username().equals(r.recordedBy())) {
            throw new ReportRefused(ReportRefused.Kind.NOT_ALLOWED, "This report is not with your agency");
        }
        boolean before = jdbc.sql("select sms_notices from report where id = :id").param("id", r.id()).query(Boolean.class).single();
        if (before == on) {
            return;
        }
        jdbc.sql("update report set sms_notices = :on where id = :id").param("on", on).param("id", r.id()).update();
        audit.recordAs(by.username(), "REPORT_SMS_NOTICES", "report", r.ticket().value(), Map.of("smsNotices", before),
                Map.of("smsNotices", on));
    }

    /** The ticket of the newest report from this number that waits for its reporter's answer to a question. */
    @Transactional(readOnly = true)
    public Optional<String> awaitingAnswerFrom(String phone) {
        return mobileNumber(phone).flatMap(number -> jdbc.sql("""
                        select r.ticket from report r join work_case c on c.id = r.case_id
                        where r.reporter_phone = :phone and c.stage = 'NEEDS_INFO'
                        order by r.submitted_at desc limit 1""")
                .param("phone", number)
                .query(String.class)
                .optional());
    }

    /**
     * The reporter answers the command centre's question by SMS: the sender's number is their credential, as the PIN
     * is on the web. Refused when the number is not the report's.
     */
    @Transactional
    public void answerBySms(String ticket, String senderPhone, String answer) {
        Report r = workflow.load(ticket);
        if (!sameNumber(r, senderPhone)) {
            throw new ReportRefused(ReportRefused.Kind.NOT_ALLOWED, "Only the reporter's phone may answer");
        }
        workflow.answerFromReporterPhone(r, answer);
    }

    /**
     * What {@code CEK} answers a phone: the public view of a report, or of a confidential one when the phone is its
     * reporter's; empty exactly as for an unknown ticket otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<PublicReport> statusFor(String ticket, String senderPhone) {
        Optional<Report> found = TicketNumber.parse(ticket).flatMap(store::find);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Report r = found.get();
        boolean reporter = sameNumber(r, senderPhone);
        if (r.content().confidential() && !reporter) {
            return Optional.empty();
        }
        return Optional.of(views.viewOf(r));
    }

    /**
     * The reports whose reporter gave this number, newest first, for the command centre (a caller who lost the
     * ticket); each search is recorded in the audit trail with the number partly hidden.
     */
    @Transactional
    public List<ReportLine> byPhone(StaffMember by, String typedPhone, int limit) {
        if (by.role() != Role.COMMAND_CENTER) {
            throw new ReportRefused(ReportRefused.Kind.NOT_ALLOWED, "Only the command centre looks reports up by phone");
        }
        String number = mobileNumber(typedPhone)
                .orElseThrow(() -> new ReportRefused(ReportRefused.Kind.INVALID, "Not a mobile number"));
        audit.recordAs(by.username(), "REPORTS_LOOKED_UP_BY_PHONE", "reporter-phone", masked(number), null, null);
        return views.lines("where r.reporter_phone = :phone order by r.submitted_at desc limit :limit",
                Map.of("phone", number, "limit", limit));
    }

    /** A number with its middle hidden, e.g. {@code +62812****7890}, enough for an auditor to tell searches apart. */
    static String masked(String number) {
        return number.length() <= 10 ? "****" : number.substring(0, 6) + "****" + number.substring(number.length() - 4);
    }

    private static Optional<String> mobileNumber(String typed) {
        return PhoneNumber.of(typed).map(PhoneNumber::value);
    }

    private boolean sameNumber(Report r, String senderPhone) {
        String given = r.content().reporterPhone();
        return given != null && mobileNumber(senderPhone).filter(given::equals).isPresent();
    }
}
