package id.go.mimikakab.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The regency's identity shown on every page, configurable so that the platform is not tied to one name or colour. */
@ConfigurationProperties("mimika.identity")
public record Identity(String regencyName, String platformName, String primaryColor, String publicUrl) {

    public Identity {
        regencyName = regencyName == null ? "Kabupaten Mimika" : regencyName;
        platformName = platformName == null ? "Mimika Smart City" : platformName;
        primaryColor = primaryColor == null || !primaryColor.matches("#[0-9a-fA-F]{6}") ? "#0b5d3b" : primaryColor;
    }
}
