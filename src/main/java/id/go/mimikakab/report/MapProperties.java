package id.go.mimikakab.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The background of every map (public report map, command-centre wall) and where it opens. {@code tileUrl}
 * such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png} is empty by default: no outside requests
 * until an administrator chooses a tile server, and the maps still show markers and districts without it.
 * The tile host is added to the Content-Security-Policy's {@code img-src}.
 */
@ConfigurationProperties("mimika.map")
public record MapProperties(String tileUrl, String attribution, Double centerLatitude, Double centerLongitude,
        Integer zoom) {

    public MapProperties {
        tileUrl = tileUrl == null ? "" : tileUrl.strip();
        attribution = attribution == null ? "" : attribution.strip();
        centerLatitude = centerLatitude == null ? -4.55 : centerLatitude;
        centerLongitude = centerLongitude == null ? 136.89 : centerLongitude;
        zoom = zoom == null ? 9 : zoom;
    }

    public boolean hasTiles() {
        return !tileUrl.isEmpty();
    }
}
