package id.go.mimikakab.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a report stands, as the citizen follows it. */
public enum ReportStatus {
    /** Diterima: received; the command centre is verifying it. */
    SUBMITTED(Responsible.Type.COMMAND_CENTER),
    /** Perlu informasi: the command centre asked the reporter a question; its clock is paused. */
    NEEDS_INFO(null),
    /** Diteruskan: sent to an agency, which must follow up within the deadline. */
    ROUTED(Responsible.Type.AGENCY),
    /** Dibuka kembali: the reporter was not satisfied; back with the agency with a new deadline. */
    REOPENED(Responsible.Type.AGENCY),
    /** Ditindaklanjuti: the agency has given its first substantive response. */
    FOLLOWED_UP(null),
    /** Dikerjakan: the agency is working on it, possibly with a planned date. */
    IN_PROGRESS(null),
    /** Selesai: the agency reports the work done, with evidence; the reporter may confirm or reopen. */
    COMPLETED(null),
    /** Ditutup: confirmed by the reporter, or closed ten working days after completion without reply. */
    CLOSED(null),
    /** Ditolak: spam, a duplicate (merged), or not the regency's authority. */
    REJECTED(null);

    /** Awaiting the command centre's verification: it may route, reject or ask. */
    static final Set<ReportStatus> AWAITING_VERIFICATION = Set.copyOf(EnumSet.of(SUBMITTED, NEEDS_INFO));
    /** With the agency, which has not given its first answer yet (its follow-up deadline runs). */
    static final Set<ReportStatus> WITH_AGENCY_BEFORE_FOLLOW_UP = Set.copyOf(EnumSet.of(ROUTED, REOPENED));
    /** With the agency, answered or not: it may assign, follow up, complete. */
    static final Set<ReportStatus> WITH_AGENCY = Set.copyOf(EnumSet.of(ROUTED, REOPENED, FOLLOWED_UP, IN_PROGRESS));
    /** Answered by the agency and still with it. */
    static final Set<ReportStatus> FOLLOWED_UP_OR_LATER = Set.copyOf(EnumSet.of(FOLLOWED_UP, IN_PROGRESS));
    /** What the command centre may route (again). */
    static final Set<ReportStatus> ROUTABLE = Set.copyOf(EnumSet.of(SUBMITTED, NEEDS_INFO, ROUTED, REOPENED));
    /** Every status of an open report, as SQL for a query on the {@code stage} column of a case aliased {@code c}. */
    public static final String OPEN_SQL = Arrays.stream(values()).filter(ReportStatus::open)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(",", "c.stage in (", ")"));

    private final Responsible.Type waitingOn;

    ReportStatus(Responsible.Type waitingOn) {
        this.waitingOn = waitingOn;
    }

    /** Whether the government owes the next step and a deadline runs. */
    public boolean awaitsGovernment() {
        return waitingOn != null;
    }

    /** Who owes the next step while the deadline runs; {@code null} when no government deadline runs. */
    public Responsible.Type waitingOn() {
        return waitingOn;
    }

    /** Whether the report is still open (not closed or rejected). */
    public boolean open() {
        return this != CLOSED && this != REJECTED;
    }
}
