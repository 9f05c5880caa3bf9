package id.go.mimikakab.report;

/** A report as it arrives from the web form or the JSON API, not yet checked; every field may be missing or wrong. */
public record ReportSubmission(String kind, String categoryCode, String description, String districtCode,
        String villageCode, Double latitude, Double longitude, String address, Boolean anonymous, Boolean confidential,
        String reporterName, String reporterPhone, String reporterEmail) {
}
