package id.go.mimikakab.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTests {

    @Test
    void keepsEveryWayOfWritingAMobileNumberAsPlusSixtyTwo() {
        assertThat(PhoneNumber.parse("0812-4567-8901").value()).isEqualTo("+6281245678901");
        assertThat(PhoneNumber.parse("62 812 4567 8901").value()).isEqualTo("+6281245678901");
        assertThat(PhoneNumber.parse("+6281245678901").value()).isEqualTo("+6281245678901");
        assertThat(PhoneNumber.parse("(0812) 4567.8901").value()).isEqualTo("+6281245678901");
    }

    @Test
    void refusesLandlinesAndNumbersOfTheWrongLength() {
        assertThat(PhoneNumber.valid("0901 321 456")).isFalse();
        assertThat(PhoneNumber.valid("081234")).isFalse();
        assertThat(PhoneNumber.valid("0812345678901234")).isFalse();
        assertThat(PhoneNumber.of(" ")).isEmpty();
    }
}
