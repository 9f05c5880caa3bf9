package id.go.mimikakab.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class NotificationPropertiesTests {

    private final NotificationProperties defaults = new NotificationProperties(null, null, null, null, null, null, null);

    @Test
    void waitsOneTwoFourMinutesAndSoOnAfterEachFailureUpToAnHour() {
        assertThat(defaults.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.retryDelay(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(defaults.retryDelay(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(defaults.retryDelay(7)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.retryDelay(19)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.retryDelay(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givesUpAfterTwentyAttemptsAndSendsFromTheRegencysNoReplyAddressByDefault() {
        assertThat(defaults.maxAttempts()).isEqualTo(20);
        assertThat(defaults.from()).isEqualTo("no-reply@mimikakab.go.id");
    }

    @Test
    void refusesAMaximumOfNoAttempts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NotificationProperties(null, 0, null, null, null, null, null));
    }
}
