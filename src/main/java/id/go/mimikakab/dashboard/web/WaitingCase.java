package id.go.mimikakab.dashboard.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.eservice.ApplicationSummary;
import id.go.mimikakab.report.ReportLine;

/**
 * One case waiting on the government in a drill-down or an export, a report or an application, with what both
 * have (reference, light, lateness, agency, deadline) and the line of its own kind for the rest.
 */
public record WaitingCase(CaseKind kind, String reference, Light light, boolean late, String agencyCode, Instant submittedAt,
        Instant dueAt, ReportLine report, ApplicationSummary application) {

    /** Overdue first, then the nearest deadline (none last), then the oldest: the order of every drill-down. */
    static final Comparator<WaitingCase> RED_AND_OLDEST_FIRST = Comparator
            .comparing((WaitingCase c) -> c.light() == Light.RED ? 0 : 1)
            .thenComparing(WaitingCase::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WaitingCase::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    static WaitingCase of(ReportLine line) {
        return new WaitingCase(CaseKind.REPORT, line.ticket(), line.light(), line.late(), line.agencyCode(),
                line.submittedAt(), line.dueAt(), line, null);
    }

    static WaitingCase of(ApplicationSummary application) {
        return new WaitingCase(CaseKind.APPLICATION, application.reference(), application.light(), application.late(),
                application.agencyCode(), application.submittedAt(), application.dueAt(), null, application);
    }

    /** Both lists as one, red and oldest first; each list must already hold its own first {@code limit} in that order. */
    static List<WaitingCase> merged(List<ReportLine> reports, List<ApplicationSummary> applications) {
        List<WaitingCase> all = new ArrayList<>(reports.size() + applications.size());
        reports.forEach(line -> all.add(of(line)));
        applications.forEach(application -> all.add(of(application)));
        all.sort(RED_AND_OLDEST_FIRST);
        return all;
    }

    public boolean isApplication() {
        return kind == CaseKind.APPLICATION;
    }
}
