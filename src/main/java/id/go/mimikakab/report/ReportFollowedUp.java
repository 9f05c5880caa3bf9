package id.go.mimikakab.report;

/** The agency posted a follow-up; {@code firstResponse} when it was its first answer (which ends its follow-up deadline), {@code publicNote} null when the follow-up is for staff only. */
public record ReportFollowedUp(ReportEvent.Facts facts, boolean firstResponse, String publicNote) implements ReportEvent {
}
