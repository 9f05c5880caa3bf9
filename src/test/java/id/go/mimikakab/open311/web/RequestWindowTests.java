package id.go.mimikakab.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The period of GET requests as the spec sets it: 90 days by default, never more, a time zone always. */
class RequestWindowTests {

    private static final Instant NOW = Instant.parse("2031-03-03T01:00:00Z");

    @Test
    void withoutDatesTheMostRecent90Days() {
        assertThat(RequestWindow.of(null, null, NOW)).isEqualTo(new RequestWindow(NOW.minus(Duration.ofDays(90)), NOW));
    }

    @Test
    void withOneDateTheNinetyDaysAfterTheStartOrBeforeTheEnd() {
        Instant start = Instant.parse("2031-01-01T00:00:00Z");
        assertThat(RequestWindow.of("2031-01-01T09:00:00+09:00", null, NOW))
                .isEqualTo(new RequestWindow(start, start.plus(Duration.ofDays(90))));
        assertThat(RequestWindow.of(null, "2031-01-01T00:00:00Z", NOW))
                .isEqualTo(new RequestWindow(start.minus(Duration.ofDays(90)), start));
    }

    @Test
    void exactlyNinetyDaysIsAllowedAndASecondMoreIsNot() {
        assertThat(RequestWindow.of("2031-01-01T00:00:00Z", "2031-04-01T00:00:00Z", NOW).to())
                .isEqualTo(Instant.parse("2031-04-01T00:00:00Z"));
        assertThatThrownBy(() -> RequestWindow.of("2031-01-01T00:00:00Z", "2031-04-01T00:00:01Z", NOW))
                .isInstanceOf(Open311Failure.class).hasMessageContaining("90 days");
    }

    @Test
    void aDateTimeWithoutItsZoneIsRefusedAndAnUnencodedPlusIsReadAsMeant() {
        assertThatThrownBy(() -> RequestWindow.of("2031-01-01T00:00:00", null, NOW)).hasMessageContaining("time zone");
        assertThat(RequestWindow.moment("start_date", "2031-01-01T09:00:00 09:00")).isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
        assertThat(RequestWindow.moment("start_date", "2031-01-01T09:00Z")).isEqualTo(Instant.parse("2031-01-01T09:00:00Z"));
    }
}
