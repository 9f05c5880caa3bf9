package id.go.mimikakab.casework;

import java.time.Instant;

/** The traffic light the leaders watch; never shown by colour alone (each has a word and an icon). */
public enum Light {
    /** Merah: the government owes a step and its deadline has passed. */
    RED,
    /** Kuning: the government owes a step and still has time, or waits for the citizen. */
    YELLOW,
    /** Hijau: the government has responded (answered, done, closed or refused with a reason). */
    GREEN;

    /**
     * SQL that computes the light of a {@code work_case} row aliased {@code c} at the instant bound as {@code :now};
     * the one rule also used in Java ({@link #of}).
     */
    public static final String SQL = "(case when c.waiting_on in ('COMMAND_CENTER','AGENCY') and c.due_at < :now then 'RED' "
            + "when c.waiting_on is not null then 'YELLOW' else 'GREEN' end)";

    /** SQL that counts the rows of the given light, for use in an aggregate query grouped by anything else. */
    public static String countSql(Light light) {
        return "sum(case when " + SQL + " = '" + light.name() + "' then 1 else 0 end)";
    }

    /** The light of a case waiting on {@code party} (none: nothing is owed) with the given deadline at {@code now}. */
    public static Light of(Party waitingOn, Instant dueAt, Instant now) {
        if (waitingOn == null) {
            return GREEN;
        }
        if (waitingOn == Party.CITIZEN) {
            return YELLOW;
        }
        return dueAt != null && dueAt.isBefore(now) ? RED : YELLOW;
    }
}
