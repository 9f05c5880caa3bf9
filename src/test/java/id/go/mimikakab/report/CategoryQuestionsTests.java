package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import id.go.mimikakab.report.CategoryQuestion.AnswerType;
import id.go.mimikakab.report.CategoryQuestion.Choice;

import org.junit.jupiter.api.Test;

/** Answers to a category's questions are checked by the kind of answer each question expects. */
class CategoryQuestionsTests {

    private static CategoryQuestion question(String code, AnswerType type, boolean required, Choice... choices) {
        return new CategoryQuestion(code, type, required, "Pertanyaan " + code, null, 1, List.of(choices));
    }

    private static final CategoryQuestion SEVERITY = question("KERUSAKAN", AnswerType.SINGLEVALUELIST, true,
            new Choice("RINGAN", "Ringan"), new Choice("BERAT", "Berat"));

    private static List<String> fieldsRefused(List<CategoryQuestion> questions, Map<String, List<String>> given) {
        try {
            CategoryQuestions.check(questions, given);
            return List.of();
        } catch (InvalidReportException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    void aRequiredQuestionLeftUnansweredOrBlankIsRefusedNamingTheAttribute() {
        assertThat(fieldsRefused(List.of(SEVERITY), Map.of())).containsExactly("attribute[KERUSAKAN]");
        assertThat(fieldsRefused(List.of(SEVERITY), Map.of("KERUSAKAN", List.of(" ")))).containsExactly("attribute[KERUSAKAN]");
    }

    @Test
    void aSingleChoiceTakesExactlyOneOfItsKeys() {
        assertThat(CategoryQuestions.check(List.of(SEVERITY), Map.of("KERUSAKAN", List.of("BERAT"))))
                .containsExactly(new CategoryQuestions.Answer("KERUSAKAN", List.of("BERAT")));
        assertThat(fieldsRefused(List.of(SEVERITY), Map.of("KERUSAKAN", List.of("PARAH")))).hasSize(1);
        assertThat(fieldsRefused(List.of(SEVERITY), Map.of("KERUSAKAN", List.of("RINGAN", "BERAT")))).hasSize(1);
    }

    @Test
    void aMultipleChoiceTakesSeveralKeysOnceEach() {
        CategoryQuestion kinds = question("JENIS", AnswerType.MULTIVALUELIST, false, new Choice("LUBANG", "Lubang"),
                new Choice("RETAK", "Retak"));
        assertThat(CategoryQuestions.check(List.of(kinds), Map.of("JENIS", List.of("LUBANG", "RETAK", "LUBANG"))))
                .containsExactly(new CategoryQuestions.Answer("JENIS", List.of("LUBANG", "RETAK")));
        assertThat(fieldsRefused(List.of(kinds), Map.of("JENIS", List.of("LUBANG", "BANJIR")))).hasSize(1);
    }

    @Test
    void numbersAndMomentsMustBeReadableAndAreStoredInOneSpelling() {
        CategoryQuestion length = question("PANJANG", AnswerType.NUMBER, false);
        CategoryQuestion seen = question("SEJAK", AnswerType.DATETIME, false);
        assertThat(CategoryQuestions.check(List.of(length, seen),
                Map.of("PANJANG", List.of("2,5"), "SEJAK", List.of("2031-03-01T07:30:00 09:00"))))
                .containsExactly(new CategoryQuestions.Answer("PANJANG", List.of("2.5")),
                        new CategoryQuestions.Answer("SEJAK", List.of("2031-03-01T07:30+09:00")));
        assertThat(fieldsRefused(List.of(length, seen), Map.of("PANJANG", List.of("dua meter"),
                "SEJAK", List.of("2031-03-01T07:30:00")))).containsExactlyInAnyOrder("attribute[PANJANG]", "attribute[SEJAK]");
    }

    @Test
    void aStringIsOneLineWhileATextMayHaveSeveral() {
        CategoryQuestion line = question("NAMA_JALAN", AnswerType.STRING, false);
        CategoryQuestion text = question("CATATAN", AnswerType.TEXT, false);
        assertThat(fieldsRefused(List.of(line), Map.of("NAMA_JALAN", List.of("Jl. Cenderawasih\nTimika")))).hasSize(1);
        assertThat(CategoryQuestions.check(List.of(text), Map.of("CATATAN", List.of("baris satu\nbaris dua")))).hasSize(1);
    }

    @Test
    void attributesTheCategoryDoesNotAskAreIgnored() {
        assertThat(CategoryQuestions.check(List.of(SEVERITY),
                Map.of("KERUSAKAN", List.of("RINGAN"), "fixmystreet_id", List.of("1234"))))
                .extracting(CategoryQuestions.Answer::questionCode).containsExactly("KERUSAKAN");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        CategoryQuestion length = question("PANJANG", AnswerType.NUMBER, true);
        assertThatThrownBy(() -> CategoryQuestions.check(List.of(SEVERITY, length), Map.of()))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems()).hasSize(2));
    }
}
