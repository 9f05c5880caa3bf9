package id.go.mimikakab.report;

import java.util.List;

/**
 * An extra question a report category asks, e.g. how bad the damage to a road is: its code, the kind of answer,
 * whether it must be answered, the question itself, a hint on how to answer, its place among the category's
 * questions, and the choices of a list question.
 */
public record CategoryQuestion(String code, AnswerType type, boolean required, String description, String hint,
        int order, List<Choice> choices) {

    public CategoryQuestion {
        choices = List.copyOf(choices);
    }

    /** The kinds of answer, named as Open311 names its attribute datatypes. */
    public enum AnswerType {
        /** One line of text. */
        STRING,
        /** A number, such as a length in metres. */
        NUMBER,
        /** A moment with its time zone. */
        DATETIME,
        /** Text that may run over several lines. */
        TEXT,
        /** Exactly one of the choices. */
        SINGLEVALUELIST,
        /** Any number of the choices. */
        MULTIVALUELIST;

        public boolean hasChoices() {
            return this == SINGLEVALUELIST || this == MULTIVALUELIST;
        }
    }

    /** One choice of a list question: the key a client sends and the name a person reads. */
    public record Choice(String key, String name) {
    }
}
