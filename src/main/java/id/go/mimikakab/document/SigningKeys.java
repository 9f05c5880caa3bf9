package id.go.mimikakab.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key documents are signed with: the configured PKCS#12 file, or in demo mode a self-signed demo key
 * made on first start under the data directory (never in the repository), kept with a random password beside it.
 */
final class SigningKeys {

    static final String DEMO_FILE = "demo-signing.p12";
    static final String DEMO_PASSWORD_FILE = "demo-signing.password";
    static final String DEMO_ALIAS = "demo";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    /** The configured key, or the demo key in demo mode; {@code null} when none is configured outside demo mode. */
    static DocumentSigner load(DocumentProperties properties, boolean demo, String regencyName) {
        if (properties.keystoreConfigured()) {
            if (properties.keystorePassword() == null) {
                throw new IllegalStateException("mimika.document.keystore-password is required with mimika.document.keystore");
            }
            return fromFile(Path.of(properties.keystore()), properties.keystorePassword().toCharArray(), properties.keyAlias());
        }
        if (!demo) {
            log.warn("No signing key configured (mimika.document.keystore): no document can be issued until one is");
            return null;
        }
        return demoKey(Path.of(properties.demoKeyDirectory()), regencyName);
    }

    static DocumentSigner fromFile(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias != null && !alias.isBlank() ? alias : firstKeyAlias(store);
            if (name == null || !store.isKeyEntry(name)) {
                throw new IllegalStateException("No private key " + (alias == null ? "" : "'" + alias + "' ") + "in " + file);
            }
            return new Pkcs12Signer((PrivateKey) store.getKey(name, password), store.getCertificateChain(name));
        } catch (IOException e) {
            throw new UncheckedIOException("The signing key " + file + " could not be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key " + file + " could not be opened: " + e.getMessage(), e);
        }
    }

    private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }

    /** Loads the demo key, making it first when the directory has none. */
    static synchronized DocumentSigner demoKey(Path directory, String regencyName) {
        Path file = directory.resolve(DEMO_FILE);
        Path passwordFile = directory.resolve(DEMO_PASSWORD_FILE);
        try {
            if (!Files.exists(file) || !Files.exists(passwordFile)) {
                Files.createDirectories(directory);
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
                KeyStore store = demoStore(regencyName, password);
                Path temporary = Files.createTempFile(directory, "demo-signing", ".tmp");
                try (var out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                Files.writeString(passwordFile, new String(password), StandardCharsets.UTF_8);
                restrict(passwordFile);
                restrict(temporary);
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                log.info("Made a self-signed demo signing key in {} (demo mode only)", file);
            }
            return fromFile(file, Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray(), DEMO_ALIAS);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo signing key in " + directory + " could not be made", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("The demo signing key could not be made: " + e.getMessage(), e);
        }
    }

    private static KeyStore demoStore(String regencyName, char[] password)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "DEMO - " + regencyName + " (bukan tanda tangan sah)")
                .addRDN(BCStyle.O, regencyName)
                .addRDN(BCStyle.C, "ID")
                .build();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(DEMO_ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        return store;
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Could not restrict {}", file, e);
        }
    }
}
