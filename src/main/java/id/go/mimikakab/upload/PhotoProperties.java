package id.go.mimikakab.upload;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the photos of reports are kept ({@code mimika.photos.directory}, by default {@code ./data/uploads}) and how
 * many uploads are decoded at the same time ({@code decoding-at-once}, 2: each may hold about 50 MB while it is
 * decoded, which a 256 MB heap bears twice).
 */
@ConfigurationProperties("mimika.photos")
public record PhotoProperties(Path directory, Integer decodingAtOnce) {

    public PhotoProperties {
        directory = directory == null ? Path.of("data", "uploads") : directory;
        decodingAtOnce = decodingAtOnce == null ? 2 : decodingAtOnce;
    }
}
