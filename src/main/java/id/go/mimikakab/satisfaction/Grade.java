package id.go.mimikakab.satisfaction;

import java.math.BigDecimal;

/**
 * The quality grade (mutu pelayanan) of an IKM under PermenPANRB 14/2017: A 88,31–100,00, B 76,61–88,30,
 * C 65,00–76,60, D 25,00–64,99. The bands are written with two decimals, so an IKM is graded after rounding it to
 * two decimals (half up): 88,305 is 88,31 and thus A, 88,3049… is 88,30 and thus B (decision 123).
 */
public enum Grade {
    /** Sangat baik. */
    A(new BigDecimal("88.31")),
    /** Baik. */
    B(new BigDecimal("76.61")),
    /** Kurang baik. */
    C(new BigDecimal("65.00")),
    /** Tidak baik. */
    D(new BigDecimal("25.00"));

    private final BigDecimal lowest;

    Grade(BigDecimal lowest) {
        this.lowest = lowest;
    }

    /** The grade of an IKM of 25 to 100, rounded to two decimals first. */
    public static Grade of(BigDecimal ikm) {
        BigDecimal shown = Ikm.rounded(ikm);
        if (shown.compareTo(new BigDecimal("25.00")) < 0 || shown.compareTo(new BigDecimal("100.00")) > 0) {
            throw new IllegalArgumentException("An IKM lies between 25 and 100, not " + ikm);
        }
        for (Grade grade : values()) {
            if (shown.compareTo(grade.lowest) >= 0) {
                return grade;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The lowest IKM, with two decimals, that earns this grade. */
    public BigDecimal lowest() {
        return lowest;
    }
}
