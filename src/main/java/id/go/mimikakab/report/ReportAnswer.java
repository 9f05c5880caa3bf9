package id.go.mimikakab.report;

/** The reporter's answer to one of the category's questions, as staff read it: the question and the answer in words. */
public record ReportAnswer(String questionCode, String question, String answer) {
}
