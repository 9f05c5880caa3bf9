package id.go.mimikakab.satisfaction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the survey ({@code mimika.satisfaction}): how many past responses demo mode makes on first start. */
@ConfigurationProperties("mimika.satisfaction")
public record SatisfactionProperties(Integer demoResponses) {

    public SatisfactionProperties {
        demoResponses = demoResponses == null ? 600 : Math.max(0, demoResponses);
    }
}
