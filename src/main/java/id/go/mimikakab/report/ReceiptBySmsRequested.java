package id.go.mimikakab.report;

/**
 * Staff recorded a caller's report and ask for its ticket and PIN to be texted to the caller's number. It carries
 * the PIN, so it is handled only by plain listeners in memory, never stored in the event publication registry.
 */
public record ReceiptBySmsRequested(String ticket, String pin, String phone) {
}
