package id.go.mimikakab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the Mimika smart-city platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MimikaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MimikaApplication.class, args);
    }
}
