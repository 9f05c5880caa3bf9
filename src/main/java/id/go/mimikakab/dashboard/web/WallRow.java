package id.go.mimikakab.dashboard.web;

import java.time.Instant;

import id.go.mimikakab.casework.Light;
import id.go.mimikakab.report.ReportStatus;

/** One report as the wall shows it: in the queue and as a marker, at its own point or its district's centre. */
public record WallRow(String ticket, String categoryCode, String description, ReportStatus status, Light light,
        String agencyCode, Instant submittedAt, String districtCode, Double latitude, Double longitude,
        boolean rerouteRequested) {

    static final int EXCERPT = 140;

    /** Whether the report is still open; closed and rejected ones leave the wall. */
    public boolean open() {
        return status != ReportStatus.CLOSED && status != ReportStatus.REJECTED;
    }

    /** Whether the command centre still owes it a routing: not verified yet, or its agency asked to pass it on. */
    public boolean awaitsRouting() {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.NEEDS_INFO
                || (rerouteRequested && (status == ReportStatus.ROUTED || status == ReportStatus.REOPENED));
    }

    public boolean approximate() {
        return latitude == null || longitude == null;
    }

    /** Where the marker goes: the reported point, else the district's approximate centre, else the regency's. */
    public WallDistrictCentroids.Point point() {
        if (!approximate()) {
            return new WallDistrictCentroids.Point(latitude, longitude);
        }
        return WallDistrictCentroids.of(districtCode).orElse(WallDistrictCentroids.REGENCY);
    }

    public String excerpt() {
        return description == null || description.length() <= EXCERPT ? description
                : description.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }
}
