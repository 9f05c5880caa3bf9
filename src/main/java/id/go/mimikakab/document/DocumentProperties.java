package id.go.mimikakab.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the signing key ({@code mimika.document}): a PKCS#12 file, its password and the alias of the key in
 * it. Outside demo mode nothing has a default, so no document is issued until a real key is configured; in demo
 * mode, when no file is given, a self-signed demo key is made in {@code demoKeyDirectory} on first start.
 */
@ConfigurationProperties("mimika.document")
public record DocumentProperties(String keystore, String keystorePassword, String keyAlias, String demoKeyDirectory,
        String signingLocation) {

    public DocumentProperties {
        demoKeyDirectory = demoKeyDirectory == null || demoKeyDirectory.isBlank() ? "./data/document-signing" : demoKeyDirectory;
        signingLocation = signingLocation == null || signingLocation.isBlank() ? "Timika" : signingLocation;
    }

    boolean keystoreConfigured() {
        return keystore != null && !keystore.isBlank();
    }
}
