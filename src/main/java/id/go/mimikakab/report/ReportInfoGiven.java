package id.go.mimikakab.report;

/** The reporter answered the command centre's question; its verification clock runs again. */
public record ReportInfoGiven(ReportEvent.Facts facts) implements ReportEvent {
}
