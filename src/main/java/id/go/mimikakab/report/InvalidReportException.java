package id.go.mimikakab.report;

import java.util.List;

/** Refuses a submission, listing every invalid field at once. */
public class InvalidReportException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidReportException(List<FieldProblem> problems) {
        super("Invalid report: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
