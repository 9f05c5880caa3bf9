package id.go.mimikakab.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Open311 interface: the jurisdiction it serves, how many submissions one client key may make per
 * hour (all nodes together), and the contact and key-request texts of the service discovery.
 */
@ConfigurationProperties("mimika.open311")
public record Open311Properties(String jurisdictionId, Integer submissionsPerHour, String contact, String keyService) {

    public Open311Properties {
        jurisdictionId = jurisdictionId == null || jurisdictionId.isBlank() ? "mimikakab.go.id" : jurisdictionId.strip();
        submissionsPerHour = submissionsPerHour == null ? 600 : submissionsPerHour;
        contact = contact == null || contact.isBlank()
                ? "Dinas Komunikasi dan Informatika Kabupaten Mimika (Diskominfo)" : contact.strip();
        keyService = keyService == null || keyService.isBlank()
                ? "Ask Diskominfo Kabupaten Mimika for an API key; its administrators issue keys per client application."
                : keyService.strip();
    }
}
