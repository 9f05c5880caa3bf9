package id.go.mimikakab.report;

import java.time.Instant;

/** The traffic light the leaders watch; never shown by colour alone (each has a word and an icon). */
public enum Light {
    /** Merah: the government owes a step and its deadline has passed. */
    RED,
    /** Kuning: the government owes a step and still has time, or waits for the reporter. */
    YELLOW,
    /** Hijau: the government has responded (followed up, completed, closed or rejected with a reason). */
    GREEN;

    /** SQL that computes the light from a report row at the instant bound as {@code :now}; the one rule also used in Java. */
    public static final String SQL = "(case when r.status in ('SUBMITTED','ROUTED','REOPENED') and r.due_at < :now then 'RED' "
            + "when r.status in ('SUBMITTED','ROUTED','REOPENED','NEEDS_INFO') then 'YELLOW' else 'GREEN' end)";

    /** SQL that counts the rows of the given light, for use in an aggregate query grouped by anything else. */
    public static String countSql(Light light) {
        return "sum(case when " + SQL + " = '" + light.name() + "' then 1 else 0 end)";
    }

    /** The light of a report in the given status with the given deadline at instant {@code now}. */
    public static Light of(ReportStatus status, Instant dueAt, Instant now) {
        if (status.awaitsGovernment()) {
            return dueAt != null && dueAt.isBefore(now) ? RED : YELLOW;
        }
        return status == ReportStatus.NEEDS_INFO ? YELLOW : GREEN;
    }
}
