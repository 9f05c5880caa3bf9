package id.go.mimikakab.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the public report map takes its background tiles from, and where it opens. The tile host must also be
 * allowed by the Content-Security-Policy ({@code img-src}); when tiles cannot load, the markers still show.
 */
@ConfigurationProperties("mimika.map")
public record MapProperties(String tileUrl, String attribution, Double centerLatitude, Double centerLongitude,
        Integer zoom) {

    public MapProperties {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? "https://tile.openstreetmap.org/{z}/{x}/{y}.png" : tileUrl.strip();
        attribution = attribution == null ? "© OpenStreetMap contributors" : attribution;
        centerLatitude = centerLatitude == null ? -4.55 : centerLatitude;
        centerLongitude = centerLongitude == null ? 136.89 : centerLongitude;
        zoom = zoom == null ? 9 : zoom;
    }
}
