package id.go.mimikakab.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Makes the CMS signature of a PDF's signed byte ranges (PAdES, sub-filter {@code ETSI.CAdES.detached}). The
 * platform's own PKCS#12 key is one implementation; the national e-signature service (BSrE) would be another,
 * sending the digest to its remote-signing API (see docs/documents.md).
 */
public interface DocumentSigner {

    /** The DER-encoded detached CMS {@code SignedData} over {@code content}, with the signing certificate attribute. */
    byte[] sign(InputStream content, Instant signingTime) throws IOException;

    /** The signer's certificate, whose subject is shown as the signer's name. */
    X509Certificate certificate();
}
