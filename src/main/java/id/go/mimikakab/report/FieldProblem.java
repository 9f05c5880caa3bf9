package id.go.mimikakab.report;

/** One invalid field of a submission: its name, a message key for the screens and an English message for the API. */
public record FieldProblem(String field, String code, String message) {
}
