package id.go.mimikakab.report.web;

import java.util.UUID;

import id.go.mimikakab.report.ReportSubmission;

/**
 * The citizen's report form at {@code /lapor}. Coordinates arrive as text from hidden inputs that only the
 * "use my location" button fills; {@code formKey} is a random key made when the form is shown, sent as the
 * idempotency key so that a double click or a resubmitted page makes one report.
 */
record ReportForm(String kind, String categoryCode, String description, String districtCode, String villageCode,
        String latitude, String longitude, String address, Boolean anonymous, Boolean confidential,
        String reporterName, String reporterPhone, String reporterEmail, String formKey) {

    static ReportForm empty() {
        return new ReportForm(null, null, "", null, null, "", "", "", false, false, "", "", "", newKey());
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    ReportForm withNewKey() {
        return new ReportForm(kind, categoryCode, description, districtCode, villageCode, latitude, longitude, address,
                anonymous, confidential, reporterName, reporterPhone, reporterEmail, newKey());
    }

    ReportForm withDistrict(String district) {
        return new ReportForm(kind, categoryCode, description, district, villageCode, latitude, longitude, address,
                anonymous, confidential, reporterName, reporterPhone, reporterEmail, formKey);
    }

    /** A key the browser sent, if it looks like one we made; otherwise none, so a forged key cannot collide. */
    String idempotencyKey() {
        if (formKey == null) {
            return null;
        }
        try {
            return "web:" + UUID.fromString(formKey.strip());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    ReportSubmission toSubmission() {
        Double lat = number(latitude);
        Double lon = number(longitude);
        boolean unreadable = (blank(latitude) != (lat == null)) || (blank(longitude) != (lon == null));
        if (unreadable) {
            // Out of range on purpose, so that the intake reports the point as outside Mimika.
            lat = 0d;
            lon = 0d;
        }
        return new ReportSubmission(kind, categoryCode, description, districtCode, villageCode, lat, lon, address,
                Boolean.TRUE.equals(anonymous), Boolean.TRUE.equals(confidential), reporterName, reporterPhone,
                reporterEmail);
    }

    private static Double number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
