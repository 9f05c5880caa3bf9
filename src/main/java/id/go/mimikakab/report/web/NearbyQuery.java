package id.go.mimikakab.report.web;

import java.util.List;

import id.go.mimikakab.report.NearbyReports;

/**
 * The place and category a citizen has chosen so far on {@code /lapor}, as the "Sudah dilaporkan?" section asks for
 * reports near it; a point that is unreadable or outside Mimika is left out rather than refused, as nothing is sent.
 */
record NearbyQuery(String categoryCode, String latitude, String longitude, String districtCode, String villageCode) {

    static NearbyQuery of(ReportForm form) {
        return new NearbyQuery(form.categoryCode(), form.latitude(), form.longitude(), form.districtCode(), form.villageCode());
    }

    /** Whether there is enough to look: a category and a place (point, village or district). */
    boolean asks() {
        return blankToNull(categoryCode) != null
                && (point() != null || blankToNull(districtCode) != null || blankToNull(villageCode) != null);
    }

    List<NearbyReports.Nearby> find(NearbyReports reports) {
        if (!asks()) {
            return List.of();
        }
        double[] point = point();
        return reports.near(blankToNull(categoryCode), point == null ? null : point[0], point == null ? null : point[1],
                blankToNull(districtCode), blankToNull(villageCode));
    }

    /** Latitude and longitude, or null unless both are numbers inside Mimika's bounding box (the intake's). */
    private double[] point() {
        try {
            if (blankToNull(latitude) == null || blankToNull(longitude) == null) {
                return null;
            }
            double lat = Double.parseDouble(latitude.strip());
            double lon = Double.parseDouble(longitude.strip());
            boolean inside = lat >= -5.8 && lat <= -2.8 && lon >= 133.8 && lon <= 138.8;
            return inside ? new double[] {lat, lon} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
