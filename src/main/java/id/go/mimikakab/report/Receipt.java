package id.go.mimikakab.report;

import java.time.Instant;

/**
 * What a reporter gets back: the ticket, the PIN for private access (only for confidential reports or
 * reports with contact details), the status, who owes the next step and by when.
 */
public record Receipt(String ticket, String pin, ReportStatus status, Responsible responsible, Instant dueAt) {
}
