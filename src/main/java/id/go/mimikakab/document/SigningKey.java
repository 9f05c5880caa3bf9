package id.go.mimikakab.document;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
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
        X509Certificate certificate = signer().certificate();
        try {
            RDN[] names = new JcaX509CertificateHolder(certificate).getSubject().getRDNs(BCStyle.CN);
            return names.length == 0 ? certificate.getSubjectX500Principal().getName()
                    : IETFUtils.valueToString(names[0].getFirst().getValue());
        } catch (CertificateEncodingException e) {
            return certificate.getSubjectX500Principal().getName();
        }
    }
}
