package id.go.mimikakab.report;

import java.time.Instant;

/**
 * A non-confidential report in brief, for outside systems (Open311): what the public pages show of it, when its
 * last public step happened, the government's latest public note and its first public photo. Never the reporter's
 * identity or the free-text address, which the public pages do not show either.
 */
public record ReportDigest(String ticket, String categoryCode, String description, ReportStatus status,
        String agencyCode, Instant submittedAt, Instant updatedAt, Instant dueAt, String districtCode,
        String villageCode, Double latitude, Double longitude, String latestPublicNote, Long photoId) {
}
