package id.go.mimikakab.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extra questions of each report category (Open311 asks them as service attributes) and the answers stored with
 * a report. Answers are checked against the questions with the rest of a submission; the staff view shows them.
 */
@Component
public class CategoryQuestions {

    static final int MAX_ANSWER = 1000;

    private final JdbcClient jdbc;

    CategoryQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The category's questions in the order they are asked; none for a category without questions. */
    @Transactional(readOnly = true)
    public List<CategoryQuestion> of(String categoryCode) {
        Map<String, List<CategoryQuestion.Choice>> choices = new LinkedHashMap<>();
        jdbc.sql("select question_code, value_key, name from category_question_value where category_code = :category "
                        + "order by question_code, sort_order, value_key")
                .param("category", categoryCode)
                .query((ResultSet rs) -> {
                    choices.computeIfAbsent(rs.getString("question_code"), k -> new ArrayList<>())
                            .add(new CategoryQuestion.Choice(rs.getString("value_key"), rs.getString("name")));
                });
        return jdbc.sql("select * from category_question where category_code = :category order by sort_order, code")
                .param("category", categoryCode)
                .query((rs, n) -> question(rs, choices.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    /** The codes of the categories that ask at least one question. */
    @Transactional(readOnly = true)
    public Set<String> categoriesWithQuestions() {
        return Set.copyOf(jdbc.sql("select distinct category_code from category_question").query(String.class).list());
    }

    /**
     * Checks the answers a client gave (question code to values) against the category's questions: every required
     * question answered, numbers and moments readable, choices among the keys. Codes the category does not ask are
     * ignored, because clients such as FixMyStreet send attributes of their own. Answers come back in the order of
     * the questions; problems name the field {@code attribute[CODE]}.
     */
    List<Answer> check(String categoryCode, Map<String, List<String>> given) {
        return check(of(categoryCode), given);
    }

    static List<Answer> check(List<CategoryQuestion> questions, Map<String, List<String>> given) {
        List<Answer> answers = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (CategoryQuestion q : questions) {
            List<String> values = given.getOrDefault(q.code(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            String field = "attribute[" + q.code() + "]";
            if (values.isEmpty()) {
                if (q.required()) {
                    problems.add(new FieldProblem(field, "report.answer.required", "Answer " + q.code() + ": " + q.description()));
                }
                continue;
            }
            String problem = problem(q, values);
            if (problem != null) {
                problems.add(new FieldProblem(field, "report.answer.invalid", q.code() + ": " + problem));
            } else {
                answers.add(new Answer(q.code(), normalised(q, values)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        return answers;
    }

    private static String problem(CategoryQuestion q, List<String> values) {
        if (q.type() != CategoryQuestion.AnswerType.MULTIVALUELIST && values.size() > 1) {
            return "give one value, not " + values.size() + ".";
        }
        if (values.stream().anyMatch(v -> v.length() > MAX_ANSWER)) {
            return "an answer has at most " + MAX_ANSWER + " characters.";
        }
        String value = values.get(0);
        return switch (q.type()) {
            case STRING -> value.contains("\n") || value.contains("\r") ? "one line of text, without line breaks." : null;
            case TEXT -> null;
            case NUMBER -> number(value) == null ? "a number is expected, e.g. 12 or 2.5, not '" + value + "'." : null;
            case DATETIME -> moment(value) == null
                    ? "a date and time with its offset is expected, e.g. 2031-03-03T10:00:00+09:00, not '" + value + "'." : null;
            case SINGLEVALUELIST, MULTIVALUELIST -> {
                Set<String> keys = q.choices().stream().map(CategoryQuestion.Choice::key).collect(Collectors.toSet());
                List<String> unknown = values.stream().filter(v -> !keys.contains(v)).toList();
                yield unknown.isEmpty() ? null : "unknown value " + String.join(", ", unknown) + "; choose from "
                        + String.join(", ", q.choices().stream().map(CategoryQuestion.Choice::key).toList()) + ".";
            }
        };
    }

    private static List<String> normalised(CategoryQuestion q, List<String> values) {
        return switch (q.type()) {
            case NUMBER -> List.of(number(values.get(0)).toPlainString());
            case DATETIME -> List.of(moment(values.get(0)).toString());
            case MULTIVALUELIST -> List.copyOf(new LinkedHashSet<>(values));
            default -> values;
        };
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A moment with offset; a '+' left unencoded in a form arrives as a space and is read as the '+' meant. */
    private static OffsetDateTime moment(String value) {
        try {
            return OffsetDateTime.parse(value.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Stores the checked answers with the new report, in the caller's transaction. */
    void store(long reportId, List<Answer> answers) {
        for (Answer answer : answers) {
            for (String value : answer.values()) {
                jdbc.sql("insert into report_answer (report_id, question_code, answer) values (:report, :question, :answer)")
                        .param("report", reportId)
                        .param("question", answer.questionCode())
                        .param("answer", value)
                        .update();
            }
        }
    }

    /** The answers stored with a report, with the question and the names of the chosen values, in the questions' order. */
    List<ReportAnswer> answersOf(long reportId, String categoryCode) {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        jdbc.sql("select question_code, answer from report_answer where report_id = :report order by id")
                .param("report", reportId)
                .query((ResultSet rs) -> {
                    stored.computeIfAbsent(rs.getString("question_code"), k -> new ArrayList<>()).add(rs.getString("answer"));
                });
        if (stored.isEmpty()) {
            return List.of();
        }
        List<ReportAnswer> answers = new ArrayList<>();
        for (CategoryQuestion q : of(categoryCode)) {
            List<String> values = stored.remove(q.code());
            if (values != null) {
                Map<String, String> names = q.choices().stream()
                        .collect(Collectors.toMap(CategoryQuestion.Choice::key, CategoryQuestion.Choice::name));
                answers.add(new ReportAnswer(q.code(), q.description(),
                        String.join(", ", values.stream().map(v -> names.getOrDefault(v, v)).toList())));
            }
        }
        stored.forEach((code, values) -> answers.add(new ReportAnswer(code, code, String.join(", ", values))));
        return answers;
    }

    /** What the answers add to a keyed submission's content hash; nothing without answers, so older hashes stay valid. */
    static String digest(List<Answer> answers) {
        return answers.isEmpty() ? "" : "|answers:" + answers.stream()
                .map(a -> a.questionCode() + "=" + String.join(",", a.values())).collect(Collectors.joining(";"));
    }

    private static CategoryQuestion question(ResultSet rs, List<CategoryQuestion.Choice> choices) throws SQLException {
        return new CategoryQuestion(rs.getString("code"), CategoryQuestion.AnswerType.valueOf(rs.getString("datatype")),
                rs.getBoolean("required"), rs.getString("description"), rs.getString("datatype_description"),
                rs.getInt("sort_order"), choices);
    }

    /** A checked answer to one question: its code and its values (several only for a multiple choice). */
    record Answer(String questionCode, List<String> values) {
    }
}
