package id.go.mimikakab.report;

/**
 * What a citizen sends, already checked field by field (see {@link ReportIntake#check}): kind, category,
 * description, place, the anonymous and confidential choices, and optional contact details.
 */
public record NewReport(ReportKind kind, String categoryCode, String description, String districtCode,
        String villageCode, Double latitude, Double longitude, String address, boolean anonymous,
        boolean confidential, String reporterName, String reporterPhone, String reporterEmail) {

    public boolean hasContactDetails() {
        return reporterPhone != null || reporterEmail != null;
    }
}
