package id.go.mimikakab.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IKM arithmetic of PermenPANRB 14/2017 with figures worked by hand: mean per element × 1/9, summed, × 25,
 * exactly; graded after rounding to two decimals.
 */
class IkmTests {

    @Test
    void threeRespondentsGiveTheHandWorkedIndexOf87point96() {
        // U1..U9 means: 11/3, 10/3, 10/3, 12/3, 11/3, 10/3, 12/3, 9/3, 10/3; their sum is 95/3
        // IKM = 95/3 × 1/9 × 25 = 2375/27 = 87.962962… → 87,96, grade B
        Ikm ikm = Ikm.of(List.of(
                Answers.of(4, 4, 3, 4, 4, 3, 4, 3, 4),
                Answers.of(3, 3, 3, 4, 3, 3, 4, 3, 3),
                Answers.of(4, 3, 4, 4, 4, 4, 4, 3, 3)));

        assertThat(ikm.respondents()).isEqualTo(3);
        assertThat(ikm.fraction()).containsExactly(java.math.BigInteger.valueOf(2375), java.math.BigInteger.valueOf(27));
        assertThat(ikm.value()).isEqualByComparingTo("87.96");
        assertThat(ikm.grade()).isEqualTo(Grade.B);
        assertThat(ikm.mean(Element.U1)).isEqualByComparingTo("3.67");
        assertThat(ikm.mean(Element.U8)).isEqualByComparingTo("3.00");
    }

    @Test
    void usingOneNinthExactlyGivesAWhereZeroPointOneOneOneWouldGiveB() {
        // five respondents, 159 answer points: exact 25 × 159 / 45 = 88.333… (A); with 0.111 it would be 88.245 (B)
        Ikm ikm = ofTotal(5, 159);

        assertThat(ikm.value()).isEqualByComparingTo("88.33");
        assertThat(ikm.grade()).isEqualTo(Grade.A);
        BigDecimal approximate = new BigDecimal("159").divide(new BigDecimal("5")).multiply(new BigDecimal("0.111"))
                .multiply(new BigDecimal("25"));
        assertThat(Grade.of(approximate)).isEqualTo(Grade.B);
    }

    @Test
    void everyAnswerTheSameGivesTheEndsAndTheMiddleOfTheScale() {
        assertThat(ofTotal(7, 7 * 36).value()).isEqualByComparingTo("100.00");
        assertThat(ofTotal(7, 7 * 36).grade()).isEqualTo(Grade.A);
        assertThat(ofTotal(4, 4 * 27).value()).isEqualByComparingTo("75.00");
        assertThat(ofTotal(4, 4 * 27).grade()).isEqualTo(Grade.C);
        assertThat(ofTotal(2, 2 * 9).value()).isEqualByComparingTo("25.00");
        assertThat(ofTotal(2, 2 * 9).grade()).isEqualTo(Grade.D);
    }

    /** Sets of responses whose exact IKM rounds to each side of every grade boundary (worked out by hand). */
    @ParameterizedTest(name = "{0} respondents, {1} points: {2} = {3}")
    @CsvSource({
            "24, 763, 88.31, A",   // 25 × 763 / 216 = 88.3101…
            "19, 604, 88.30, B",   // 25 × 604 / 171 = 88.3040…
            "19, 524, 76.61, B",   // 25 × 524 / 171 = 76.6081…
            "26, 717, 76.60, C",   // 25 × 717 / 234 = 76.6025…
            "5,  117, 65.00, C",   // 25 × 117 / 45  = 65 exactly
            "38, 889, 64.99, D"    // 25 × 889 / 342 = 64.9853…
    })
    void responsesAtEachGradeBoundaryFallOnTheRightSide(int respondents, int total, String shown, Grade grade) {
        Ikm ikm = ofTotal(respondents, total);

        assertThat(ikm.value()).isEqualByComparingTo(shown);
        assertThat(ikm.grade()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "100, A", "88.31, A", "88.305, A", "88.3049, B", "88.30, B", "76.61, B", "76.605, B", "76.6049, C",
            "76.60, C", "65.00, C", "64.995, C", "64.9949, D", "64.99, D", "25.00, D"
    })
    void valuesBetweenTheBandsAreGradedByTheirTwoDecimalRounding(String ikm, Grade grade) {
        assertThat(Grade.of(new BigDecimal(ikm))).isEqualTo(grade);
    }

    @Test
    void anIndexOutsideTwentyFiveToOneHundredIsRefused() {
        assertThatThrownBy(() -> Grade.of(new BigDecimal("24.99"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grade.of(new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthsAddUpToExactlyTheIndexOfAllTheirResponses() {
        List<Answers> january = List.of(Answers.of(4, 4, 4, 4, 4, 4, 4, 4, 4), Answers.of(3, 3, 2, 4, 3, 3, 3, 2, 3));
        List<Answers> february = List.of(Answers.of(2, 3, 3, 4, 2, 3, 4, 3, 1));
        List<Answers> both = new ArrayList<>(january);
        both.addAll(february);

        Ikm quarter = Ikm.of(january).plus(Ikm.of(february));

        assertThat(quarter).isEqualTo(Ikm.of(both));
        assertThat(quarter.value()).isEqualByComparingTo(Ikm.of(both).value());
    }

    @Test
    void anAnswerOutsideOneToFourOrAMissingOneIsRefused() {
        assertThatThrownBy(() -> Answers.of(4, 4, 4, 4, 4, 4, 4, 4, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answers.of(0, 4, 4, 4, 4, 4, 4, 4, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answers.of(4, 4, 4, 4, 4, 4, 4, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noResponsesGiveNoIndex() {
        assertThat(Ikm.none().hasResponses()).isFalse();
        assertThatThrownBy(() -> Ikm.none().value()).isInstanceOf(IllegalStateException.class);
    }

    /** {@code respondents} answer sets whose answers add up to {@code total}, spread as evenly as answers 1..4 allow. */
    static Ikm ofTotal(int respondents, int total) {
        int cells = respondents * 9;
        int base = total / cells;
        int extra = total % cells;
        List<Answers> responses = new ArrayList<>();
        int cell = 0;
        for (int r = 0; r < respondents; r++) {
            int[] values = new int[9];
            for (int e = 0; e < 9; e++) {
                values[e] = base + (cell++ < extra ? 1 : 0);
            }
            responses.add(Answers.of(values));
        }
        Ikm ikm = Ikm.of(responses);
        assertThat(java.util.Arrays.stream(ikm.elementSums()).sum()).isEqualTo(total);
        return ikm;
    }
}
