package id.go.mimikakab.satisfaction;

import java.util.Arrays;
import java.util.List;

/** One respondent's answers to U1..U9, each 1 to 4, in the order of {@link Element}. */
public record Answers(List<Integer> values) {

    public Answers {
        if (values == null || values.size() != Element.values().length) {
            throw new IllegalArgumentException("The survey has nine answers, U1 to U9");
        }
        for (Integer value : values) {
            if (value == null || value < 1 || value > 4) {
                throw new IllegalArgumentException("Each answer is 1 to 4");
            }
        }
        values = List.copyOf(values);
    }

    public static Answers of(int... values) {
        return new Answers(Arrays.stream(values).boxed().toList());
    }

    public int of(Element element) {
        return values.get(element.ordinal());
    }
}
