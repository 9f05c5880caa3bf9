package id.go.mimikakab.document;

import org.springframework.stereotype.Component;

import id.go.mimikakab.system.DemoMode;
import id.go.mimikakab.system.Identity;

/**
 * The signer documents are signed with, chosen once at start: the configured PKCS#12 key, or the demo key in demo
 * mode. Outside demo mode without a key the platform starts, but issuing a document fails with a message saying
 * which setting is missing.
 */
@Component
class SigningKey {

    private final DocumentSigner signer;

    SigningKey(DocumentProperties properties, DemoMode demo, Identity identity) {
        this.signer = SigningKeys.load(properties, demo.enabled(), identity.regencyName());
    }

    DocumentSigner signer() {
        if (signer == null) {
            throw new IllegalStateException("No signing key: set mimika.document.keystore, .keystore-password and .key-alias");
        }
        return signer;
    }

    /** The signer's name as the signature and the page show it: the common name of its certificate. */
    String signerName() {
        String subject = signer().certificate().getSubjectX500Principal().getName();
        for (String part : subject.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.startsWith("CN=")) {
                return part.substring(3).replace("\\", "");
            }
        }
        return subject;
    }
}
