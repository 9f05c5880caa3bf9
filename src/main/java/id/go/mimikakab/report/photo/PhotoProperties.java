package id.go.mimikakab.report.photo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the photos of reports are kept: {@code mimika.photos.directory}, by default {@code ./data/uploads}. */
@ConfigurationProperties("mimika.photos")
public record PhotoProperties(Path directory) {

    public PhotoProperties {
        directory = directory == null ? Path.of("data", "uploads") : directory;
    }
}
