package id.go.mimikakab.eservice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * MPP Digital's settings ({@code mimika.eservice}): how many made-up applications demo mode starts with (24), and how
 * long the documents of a finished application are kept before they are archived ({@code document-retention}, two
 * years by default; archiving removes the files and keeps the record that they existed).
 */
@ConfigurationProperties("mimika.eservice")
public record EserviceProperties(Integer demoApplications, Duration documentRetention) {

    public EserviceProperties {
        demoApplications = demoApplications == null ? 24 : demoApplications;
        documentRetention = documentRetention == null ? Duration.ofDays(730) : documentRetention;
        if (documentRetention.isNegative() || documentRetention.isZero()) {
            throw new IllegalArgumentException("mimika.eservice.document-retention must be positive");
        }
    }
}
