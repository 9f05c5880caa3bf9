package id.go.mimikakab.report;

import java.time.Instant;

import id.go.mimikakab.casework.Light;

/** One report in a list: queue, inbox, public list or map. */
public record ReportLine(String ticket, ReportKind kind, String categoryCode, String description, ReportStatus status,
        Light light, boolean late, String agencyCode, Instant submittedAt, Instant dueAt, String districtCode,
        String villageCode, Double latitude, Double longitude, int meToo, boolean rerouteRequested, String assignee) {
}
