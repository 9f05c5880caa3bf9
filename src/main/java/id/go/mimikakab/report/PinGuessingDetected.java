package id.go.mimikakab.report;

/**
 * Published when wrong PINs for an existing report have used up what its ticket allows (at most once a day per
 * ticket), so that the command centre hears of someone trying to read or act on a report that is not theirs.
 */
public record PinGuessingDetected(String ticket, String agencyCode) {
}
