package id.go.mimikakab.report;

import id.go.mimikakab.calendar.WorkingDays;

/**
 * The deadlines of one category in working days: verification by the command centre, follow-up by the
 * agency, completion target; and whether its reports skip verification and go straight to the agency.
 */
public record SlaPolicy(String categoryCode, int verificationDays, int followUpDays, int completionDays,
        boolean autoRoute) {

    public SlaPolicy {
        WorkingDays.of(verificationDays);
        WorkingDays.of(followUpDays);
        WorkingDays.of(completionDays);
    }

    WorkingDays verification() {
        return WorkingDays.of(verificationDays);
    }

    WorkingDays followUp() {
        return WorkingDays.of(followUpDays);
    }

    WorkingDays completion() {
        return WorkingDays.of(completionDays);
    }
}
