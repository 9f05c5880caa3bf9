package id.go.mimikakab.eservice;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open applications that wait on an agency, as the leaders' and the command centre's screens list them beside
 * reports: overdue (red) first, then by deadline. Callers decide who may read them; no applicant's answers or
 * documents are part of a line.
 */
@Component
public class OpenApplications {

    private final ApplicationStore store;
    private final Clock clock;

    OpenApplications(ApplicationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The applications waiting on the agency, or those of one district when {@code agencyCode} is null, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> waiting(String agencyCode, String districtCode, int limit) {
        return store.waiting(agencyCode, districtCode, false, clock.instant(), limit);
    }

    /** The applications of the whole regency whose deadline has passed or that were late at a step, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> redOrLate(int limit) {
        return store.waiting(null, null, true, clock.instant(), limit);
    }
}
