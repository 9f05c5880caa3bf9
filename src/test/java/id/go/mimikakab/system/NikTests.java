package id.go.mimikakab.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NikTests {

    @Test
    void acceptsNewAndOldMimikaNumbersWithTheirBirthDates() {
        assertThat(Nik.parse("9404011503900001")).isPresent();
        assertThat(Nik.parse("9109 0115 0390 0001")).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("9109011503900001"));
    }

    @Test
    void readsTheDayOfAWomanAfterTakingAwayForty() {
        Nik woman = Nik.parse("9404015503900001").orElseThrow();
        assertThat(woman.female()).isTrue();
        assertThat(Nik.parse("9404017103900001")).as("day 31 + 40").isPresent();
        assertThat(Nik.check("9404017203900001")).as("day 32 + 40").contains(Nik.Problem.BIRTH_DATE);
    }

    @Test
    void refusesWrongLengthOtherRegionsAndImpossibleDates() {
        assertThat(Nik.check("940401150390")).contains(Nik.Problem.LENGTH);
        assertThat(Nik.check("3174011503900001")).contains(Nik.Problem.REGION);
        assertThat(Nik.check("9404013002900001")).as("30 February").contains(Nik.Problem.BIRTH_DATE);
        assertThat(Nik.check("9404011513900001")).as("month 13").contains(Nik.Problem.BIRTH_DATE);
        assertThatIllegalArgumentException().isThrownBy(() -> new Nik("9404010000000001"));
    }

    @Test
    void showsOnlyAMaskedNumberWhenPrinted() {
        assertThat(Nik.parse("9404011503900001").orElseThrow().toString()).startsWith("9404").endsWith("01").doesNotContain("150390");
        assertThat(Nik.parse("9404011503900001").orElseThrow().masked()).as("one format on every page and document")
                .isEqualTo("9404**********01");
    }
}
