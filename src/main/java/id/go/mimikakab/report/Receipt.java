package id.go.mimikakab.report;

import java.time.Instant;

/**
 * What a reporter gets back: the ticket, the PIN that alone lets them confirm, reopen or answer (and read the
 * report when it is confidential), the status, who owes the next step and by when.
 */
public record Receipt(String ticket, String pin, ReportStatus status, Responsible responsible, Instant dueAt) {
}
