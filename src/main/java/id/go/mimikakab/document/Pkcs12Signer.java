package id.go.mimikakab.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs with a private key and certificate chain from a PKCS#12 file, as PAdES baseline B asks: a detached CMS
 * signature with SHA-256, the signing-certificate-v2 attribute binding the certificate, and no signing-time
 * attribute (the time is the signature dictionary's {@code M} entry).
 */
final class Pkcs12Signer implements DocumentSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    Pkcs12Signer(PrivateKey key, Certificate[] chain) {
        if (key == null || chain == null || chain.length == 0) {
            throw new IllegalArgumentException("The signing key needs a private key and its certificate");
        }
        this.key = key;
        this.chain = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    }

    @Override
    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public byte[] sign(InputStream content, Instant signingTime) throws IOException {
        try {
            X509Certificate certificate = certificate();
            ContentSigner signer = new JcaContentSignerBuilder(algorithm()).build(key);
            SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime(signingCertificateV2(certificate)))
                    .build(signer, certificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info);
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The document could not be signed: " + e.getMessage(), e);
        }
    }

    private String algorithm() {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("Unsupported signing key type " + key.getAlgorithm());
        };
    }

    private static AttributeTable signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new AttributeTable(attributes);
    }

    private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable extra) {
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(extra);
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
