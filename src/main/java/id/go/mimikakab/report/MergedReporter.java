package id.go.mimikakab.report;

/** A reporter with an e-mail address whose own report (with its own ticket) was merged into another as a duplicate. */
public record MergedReporter(String ticket, String email) {
}
