package id.go.mimikakab.report.web;

import java.time.Duration;
import java.util.OptionalLong;

import id.go.mimikakab.report.ReportProperties;
import id.go.mimikakab.system.RateLimit;
import id.go.mimikakab.system.RateLimits;

import org.springframework.stereotype.Component;

/**
 * Limits public submissions and "me too" votes per client address, counted by every node together; over the
 * limit the caller is told how many seconds to wait. A limit of 0 switches it off.
 */
@Component
class SubmissionLimiter {

    private final RateLimit submissions;
    private final RateLimit votes;

    SubmissionLimiter(ReportProperties properties, RateLimits limits) {
        this.submissions = limits.limit("report-submission", RateLimits.perPeriod(properties.submissionsPerHour(), Duration.ofHours(1)));
        this.votes = limits.limit("report-me-too", RateLimits.perPeriod(properties.meTooPerHour(), Duration.ofHours(1)));
    }

    /** Empty when the submission may go ahead, otherwise the seconds to wait. */
    OptionalLong submission(String address) {
        return submissions.take(address);
    }

    OptionalLong meToo(String address) {
        return votes.take(address);
    }
}
