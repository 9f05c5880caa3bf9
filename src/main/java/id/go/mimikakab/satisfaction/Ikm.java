package id.go.mimikakab.satisfaction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The satisfaction index (IKM) of a set of responses, from how many there were and the sum of each element's
 * answers. The mean of an element is its sum over the respondents; the IKM is the sum over the nine elements of
 * mean × 1/9, times 25. Written over one denominator that is {@code 25 × (sum of all answers) / (9 × respondents)},
 * which this class keeps as an exact fraction; only display rounds it, to two decimals, half up.
 */
public record Ikm(long respondents, long[] elementSums) {

    private static final BigInteger NINE = BigInteger.valueOf(9);
    private static final BigInteger TWENTY_FIVE = BigInteger.valueOf(25);

    public Ikm {
        if (respondents < 0 || elementSums == null || elementSums.length != Element.values().length) {
            throw new IllegalArgumentException("An IKM needs the number of respondents and nine sums");
        }
        for (long sum : elementSums) {
            if (sum < respondents || sum > 4 * respondents) {
                throw new IllegalArgumentException("Each element's sum lies between 1 and 4 times the respondents");
            }
        }
        elementSums = elementSums.clone();
    }

    public static Ikm none() {
        return new Ikm(0, new long[Element.values().length]);
    }

    public static Ikm of(Iterable<Answers> responses) {
        long count = 0;
        long[] sums = new long[Element.values().length];
        for (Answers answers : responses) {
            count++;
            for (Element element : Element.values()) {
                sums[element.ordinal()] += answers.of(element);
            }
        }
        return new Ikm(count, sums);
    }

    /** Both sets together, e.g. three months as a quarter: counts and sums add up, so the result stays exact. */
    public Ikm plus(Ikm other) {
        long[] sums = new long[elementSums.length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = elementSums[i] + other.elementSums[i];
        }
        return new Ikm(respondents + other.respondents, sums);
    }

    public boolean hasResponses() {
        return respondents > 0;
    }

    /** The exact IKM as numerator and denominator: 25 × total / (9 × respondents). */
    public BigInteger[] fraction() {
        requireResponses();
        long total = Arrays.stream(elementSums).sum();
        return new BigInteger[] {TWENTY_FIVE.multiply(BigInteger.valueOf(total)), NINE.multiply(BigInteger.valueOf(respondents))};
    }

    /** The IKM to 34 significant digits, for comparing; exact whenever the fraction ends. */
    public BigDecimal exact() {
        BigInteger[] f = fraction();
        return new BigDecimal(f[0]).divide(new BigDecimal(f[1]), MathContext.DECIMAL128);
    }

    /** The IKM as shown and graded: the exact fraction rounded once to two decimals, half up. */
    public BigDecimal value() {
        BigInteger[] f = fraction();
        return new BigDecimal(f[0]).divide(new BigDecimal(f[1]), 2, RoundingMode.HALF_UP);
    }

    public Grade grade() {
        return Grade.of(value());
    }

    /** An element's mean answer (1 to 4), rounded to two decimals for display. */
    public BigDecimal mean(Element element) {
        requireResponses();
        return BigDecimal.valueOf(elementSums[element.ordinal()]).divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal rounded(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private void requireResponses() {
        if (respondents == 0) {
            throw new IllegalStateException("No responses, no IKM");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ikm other && respondents == other.respondents && Arrays.equals(elementSums, other.elementSums);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(respondents) + Arrays.hashCode(elementSums);
    }

    @Override
    public String toString() {
        return "Ikm[" + respondents + " respondents, sums " + Arrays.toString(elementSums) + "]";
    }
}
