package id.go.mimikakab.open311.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The period a query covers, from {@code start_date} and {@code end_date} as GeoReport v2 sets them: the most recent
 * 90 days when neither is given, 90 days after the start or before the end when only one is, and never more than
 * 90 days. Both ends are included.
 */
record RequestWindow(Instant from, Instant to) {

    static final Duration LONGEST = Duration.ofDays(90);

    static RequestWindow of(String startDate, String endDate, Instant now) {
        Instant from = startDate == null ? null : moment("start_date", startDate);
        Instant to = endDate == null ? null : moment("end_date", endDate);
        if (from == null && to == null) {
            return new RequestWindow(now.minus(LONGEST), now);
        }
        if (from == null) {
            return new RequestWindow(to.minus(LONGEST), to);
        }
        if (to == null) {
            return new RequestWindow(from, from.plus(LONGEST));
        }
        if (to.isBefore(from)) {
            throw Open311Failure.badRequest("end_date is before start_date.");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw Open311Failure.badRequest("start_date and end_date may not span more than 90 days.");
        }
        return new RequestWindow(from, to);
    }

    /**
     * A w3 date-time with its time zone, e.g. {@code 2031-03-03T10:00:00+09:00} or {@code …T01:00:00Z}; a '+' left
     * unencoded in a query string arrives as a space and is read as the '+' the client meant.
     */
    static Instant moment(String parameter, String value) {
        String text = value.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            String problem = withoutZone(text) ? " has no time zone; add Z or an offset such as +09:00."
                    : " is not a w3 date-time such as 2031-03-03T10:00:00+09:00 (encode '+' as %2B).";
            throw Open311Failure.badRequest(parameter + " '" + value + "'" + problem);
        }
    }

    private static boolean withoutZone(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
