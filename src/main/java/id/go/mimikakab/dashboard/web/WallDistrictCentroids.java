package id.go.mimikakab.dashboard.web;

import java.util.Map;
import java.util.Optional;

/**
 * Where the wall map places a report that came without coordinates: its district's centre. These points are
 * APPROXIMATE (taken by eye near each district's main settlement, to a few kilometres), good enough to put a
 * marker in the right part of the regency and never to be used as survey data or for routing decisions.
 */
final class WallDistrictCentroids {

    /** Roughly the middle of the regency, near Timika; the map opens here when it has nothing to show. */
    static final Point REGENCY = new Point(-4.55, 136.89);

    private static final Map<String, Point> APPROXIMATE = Map.ofEntries(
            Map.entry("94.04.01", new Point(-4.546, 136.886)),  // Mimika Baru (Timika)
            Map.entry("94.04.02", new Point(-4.80, 137.55)),    // Agimuga
            Map.entry("94.04.03", new Point(-4.72, 136.95)),    // Mimika Timur (Mapurujaya)
            Map.entry("94.04.04", new Point(-4.71, 136.43)),    // Mimika Barat (Kokonao)
            Map.entry("94.04.05", new Point(-4.93, 137.35)),    // Jita
            Map.entry("94.04.06", new Point(-4.25, 137.25)),    // Jila
            Map.entry("94.04.07", new Point(-4.86, 137.15)),    // Mimika Timur Jauh
            Map.entry("94.04.08", new Point(-4.78, 136.62)),    // Mimika Tengah
            Map.entry("94.04.09", new Point(-4.43, 136.85)),    // Kuala Kencana
            Map.entry("94.04.10", new Point(-4.14, 137.09)),    // Tembagapura
            Map.entry("94.04.11", new Point(-4.45, 135.85)),    // Mimika Barat Jauh
            Map.entry("94.04.12", new Point(-4.60, 136.20)),    // Mimika Barat Tengah
            Map.entry("94.04.13", new Point(-4.48, 136.93)),    // Kwamki Narama
            Map.entry("94.04.14", new Point(-4.35, 137.40)),    // Hoya
            Map.entry("94.04.15", new Point(-4.45, 136.70)),    // Iwaka
            Map.entry("94.04.16", new Point(-4.58, 136.93)),    // Wania
            Map.entry("94.04.17", new Point(-4.88, 136.78)),    // Amar
            Map.entry("94.04.18", new Point(-4.25, 137.55)));   // Alama

    private WallDistrictCentroids() {
    }

    static Optional<Point> of(String districtCode) {
        return Optional.ofNullable(districtCode == null ? null : APPROXIMATE.get(districtCode));
    }

    /** A point in degrees. */
    public record Point(double latitude, double longitude) {
    }
}
