package id.go.mimikakab.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NikTests {

    @Test
    void acceptsNewAndOldMimikaNumbersWithARealBirthDate() {
        assertThat(Nik.valid("9404011203850002")).isTrue();
        assertThat(Nik.valid("9109011203850002")).isTrue();
    }

    @Test
    void readsAWomansBirthDayAfterRemovingForty() {
        Nik nik = Nik.parse("9404 0152 0590 0001");
        assertThat(nik.female()).isTrue();
        assertThat(Nik.valid("9404017102900001")).as("31 + 40 = 71 in February is no date").isFalse();
        assertThat(Nik.valid("9404016912900001")).as("29 December for a woman").isTrue();
    }

    @Test
    void refusesOtherRegionsWrongLengthsAndImpossibleDates() {
        assertThat(Nik.valid("3171011203850002")).isFalse();
        assertThat(Nik.valid("940401120385000")).isFalse();
        assertThat(Nik.valid("9404013213850002")).as("day 32").isFalse();
        assertThat(Nik.valid("9404011213850002")).as("month 13").isFalse();
        assertThat(Nik.valid("94040112038500a2")).isFalse();
        assertThatThrownBy(() -> new Nik("1234")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksAllButTheRegionAndTwoDigits() {
        assertThat(Nik.parse("9404011203850002").masked()).isEqualTo("9404********00**");
    }
}
