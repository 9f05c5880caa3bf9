package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class UsernameTests {

    @Test
    void readsAUsernameAsSentWithSpacesAround() {
        assertThat(UsernameTests.value(" pupr.staf ")).isEqualTo("pupr.staf");
    }

    @Test
    void refusesWhatCannotBeAUsername() {
        assertThat(Username.parse("PUPR.Staf")).isEmpty();
        assertThat(Username.parse("ab")).isEmpty();
        assertThat(Username.parse("a".repeat(61))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new Username(" "));
    }

    private static String value(String typed) {
        return Username.parse(typed).orElseThrow().value();
    }
}
