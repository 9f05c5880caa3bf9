package id.go.mimikakab.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.mimikakab.region.Centroid;
import id.go.mimikakab.region.RegionCatalog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Sudah dilaporkan?": the open public reports of one category near the place a citizen is about to report, nearest
 * first, so that a pothole already reported gets a "saya juga" rather than a second report. Confidential reports never
 * appear, and nothing of a reporter is read.
 */
@Component
public class NearbyReports {

    /** How far a report with its own point may be from the chosen point and still count as near. */
    public static final double RADIUS_KM = 3.0;
    static final int LIMIT = 5;
    /** The box searched around a point, a little more than {@link #RADIUS_KM} in latitude and longitude near the equator. */
    private static final double BOX_DEGREES = 0.03;

    private final ReportViews views;
    private final RegionCatalog regions;

    NearbyReports(ReportViews views, RegionCatalog regions) {
        this.views = views;
        this.regions = regions;
    }

    /**
     * The open, non-confidential reports of {@code categoryCode} near the place: within {@link #RADIUS_KM} of the
     * point (when given), or in the same village or district, nearest first (a report without a point counts from its
     * village's or district's centre), at most {@link #LIMIT}. Empty without a category or without any place.
     */
    @Transactional(readOnly = true)
    public List<Nearby> near(String categoryCode, Double latitude, Double longitude, String districtCode, String villageCode) {
        boolean point = latitude != null && longitude != null;
        String district = districtCode != null ? districtCode
                : villageCode != null ? regions.village(villageCode).map(v -> v.districtCode()).orElse(null)
                : point ? regions.nearest(latitude, longitude).map(p -> p.district().code()).orElse(null) : null;
        if (categoryCode == null || (!point && district == null && villageCode == null)) {
            return List.of();
        }
        Optional<Centroid> from = point ? Optional.of(new Centroid(latitude, longitude)) : regions.centroidOf(district, villageCode);
        StringBuilder where = new StringBuilder("where r.confidential = false and c.closed_at is null and r.category_code = :category and (");
        Map<String, Object> params = new HashMap<>();
        params.put("category", categoryCode);
        List<String> places = new ArrayList<>();
        if (villageCode != null) {
            places.add("r.village_code = :village");
            params.put("village", villageCode);
        }
        if (district != null) {
            places.add("r.district_code = :district");
            params.put("district", district);
        }
        if (point) {
            places.add("(r.latitude between :latMin and :latMax and r.longitude between :lonMin and :lonMax)");
            params.put("latMin", latitude - BOX_DEGREES);
            params.put("latMax", latitude + BOX_DEGREES);
            params.put("lonMin", longitude - BOX_DEGREES);
            params.put("lonMax", longitude + BOX_DEGREES);
        }
        where.append(String.join(" or ", places)).append(") order by r.submitted_at desc limit 200");
        List<Nearby> near = new ArrayList<>();
        for (ReportLine line : views.lines(where.toString(), params)) {
            boolean own = line.latitude() != null && line.longitude() != null;
            Double km = from.flatMap(f -> (own ? Optional.of(new Centroid(line.latitude(), line.longitude()))
                    : regions.centroidOf(line.districtCode(), line.villageCode())).map(to -> f.kilometresTo(to.latitude(), to.longitude())))
                    .orElse(null);
            boolean samePlace = (villageCode != null && villageCode.equals(line.villageCode()))
                    || (district != null && district.equals(line.districtCode()));
            if (samePlace || (point && own && km != null && km <= RADIUS_KM)) {
                near.add(new Nearby(line.ticket(), line.categoryCode(), excerpt(line.description()), line.status(),
                        line.submittedAt(), line.districtCode(), line.villageCode(), km, !own, line.meToo()));
            }
        }
        near.sort(Comparator.comparing(Nearby::kilometres, Comparator.nullsLast(Comparator.naturalOrder())));
        return near.stream().limit(LIMIT).toList();
    }

    private static String excerpt(String description) {
        int max = 120;
        return description == null || description.length() <= max ? description
                : description.substring(0, max - 1).stripTrailing() + "…";
    }

    /**
     * One report near the chosen place as the public may see it: its distance in kilometres from the place (null when
     * neither has a known point), measured from its village's or district's centre when {@code approximate}.
     */
    public record Nearby(String ticket, String categoryCode, String excerpt, ReportStatus status,
            Instant submittedAt, String districtCode, String villageCode, Double kilometres, boolean approximate,
            int meToo) {
    }
}
