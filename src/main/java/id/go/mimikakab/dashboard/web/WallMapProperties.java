package id.go.mimikakab.dashboard.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The background of the command centre's wall map: a tile URL such as
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png} and its attribution. Empty means no tiles (the map
 * then shows district labels on a plain background). The tile host is added to the Content-Security-Policy.
 */
@ConfigurationProperties("mimika.map")
public record WallMapProperties(String tileUrl, String attribution) {

    public WallMapProperties {
        tileUrl = tileUrl == null ? "" : tileUrl.strip();
        attribution = attribution == null ? "" : attribution.strip();
    }

    public boolean hasTiles() {
        return !tileUrl.isEmpty();
    }
}
