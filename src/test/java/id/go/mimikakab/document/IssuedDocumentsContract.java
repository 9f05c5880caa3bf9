package id.go.mimikakab.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * Issuing a signed document and checking it: the PDF carries a valid PAdES signature over the whole file and a QR
 * code that leads to its verification page; the page accepts the file as issued, refuses it with one byte changed,
 * and never shows the whole NIK. Run on H2 and on PostgreSQL.
 */
@AutoConfigureMockMvc
abstract class IssuedDocumentsContract {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String NIK = "9404014507900021";

    @Autowired
    IssuedDocuments documents;
    @Autowired
    MockMvcTester mvc;

    @Test
    void anIssuedPdfCarriesAValidPadesSignatureOverTheWholeFile() throws Exception {
        IssuedDocument issued = issue("Yohana Beanal");
        byte[] pdf = documents.pdf(issued.verificationCode());

        assertThat(IssuedDocuments.sha256(pdf)).isEqualTo(issued.sha256());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).as("the signature covers the file to its end").isEqualTo(pdf.length);

            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(certificates.iterator().next());
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES keeps the time in /M").isNull();
            assertThat(certificate.getSubjectX500Principal().getName()).contains("DEMO");

            byte[] changed = pdf.clone();
            changed[range[1] / 2] ^= 1;
            CMSSignedData tampered = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(changed)),
                    signature.getContents(changed));
            SignerInformation tamperedSigner = tampered.getSignerInfos().getSigners().iterator().next();
            assertThatThrownBy(() -> tamperedSigner.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
                    .isInstanceOf(CMSSignerDigestMismatchException.class);
        }
    }

    @Test
    void thePdfShowsTheLetterheadTheNumberAndAQrCodeLeadingToTheVerificationPage() throws Exception {
        IssuedDocument issued = issue("Markus Kum");
        byte[] pdf = documents.pdf(issued.verificationCode());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PEMERINTAH KABUPATEN MIMIKA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                    "Nomor: " + issued.number(), "Markus Kum", NIK, "Anak kedua");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            // The multi-code reader looks at every finder-pattern candidate on the page; the single-code reader takes
            // the likeliest three and misreads about one page in 200 whose data modules resemble a finder pattern.
            Result[] codes = new QRCodeMultiReader().decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertThat(codes).extracting(Result::getText)
                    .containsExactly("http://localhost:8080/verifikasi/" + issued.verificationCode());
        }
        assertThat(issued.verificationCode()).matches("[a-z2-7]{24}");
    }

    @Test
    void aTemplateWithItsOwnLayoutIsUsedAndAnUnknownOneGetsTheGeneralLayout() throws Exception {
        IssuedDocument permit = documents.issue(new DocumentRequest("izin", "Surat Izin Praktik Bidan", "DPMPTSP", "Lidia Kareth",
                null, new LinkedHashMap<>(Map.of("Tempat praktik", "Puskesmas Timika Jaya")), "SIP-" + SERIAL.incrementAndGet()));
        try (PDDocument document = Loader.loadPDF(documents.pdf(permit.verificationCode()))) {
            assertThat(new PDFTextStripper().getText(document)).contains("SURAT IZIN PRAKTIK BIDAN", "memberikan izin kepada",
                    "tidak dipungut biaya", "Puskesmas Timika Jaya").doesNotContain("NIK");
        }
        assertThat(permit.number()).matches("\\d{5}/DPMPTSP/\\d{4}");
        assertThat(DocumentLayout.templateOf("tidak-ada")).isEqualTo("umum");
    }

    @Test
    void numbersCountUpPerAgencyAndYear() {
        IssuedDocument first = issue("Pertama " + SERIAL.incrementAndGet());
        IssuedDocument second = issue("Kedua " + SERIAL.incrementAndGet());
        assertThat(first.number()).matches("\\d{5}/DISDUKCAPIL/\\d{4}");
        int a = Integer.parseInt(first.number().substring(0, 5));
        int b = Integer.parseInt(second.number().substring(0, 5));
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void theVerificationPageShowsTheIssuerAndHolderWithTheNikMasked() {
        IssuedDocument issued = issue("Agustina Magal");

        assertThat(mvc.get().uri("/verifikasi/{code}", issued.verificationCode())).hasStatusOk().bodyText()
                .contains("Dinas Kependudukan dan Pencatatan Sipil", "Agustina Magal", "9404**********21", issued.number(),
                        issued.sha256(), "Surat Keterangan Kelahiran")
                .doesNotContain(NIK);
    }

    @Test
    void theVerificationPageAcceptsTheOriginalFileAndRefusesOneWithOneByteChanged() {
        IssuedDocument issued = issue("Natalia Tsenawatme");
        byte[] pdf = documents.pdf(issued.verificationCode());
        byte[] changed = pdf.clone();
        changed[pdf.length / 3] ^= 0x01;

        assertThat(upload(issued.verificationCode(), pdf)).hasStatusOk().bodyText()
                .contains("Dokumen asli").doesNotContain("TIDAK sama");
        assertThat(upload(issued.verificationCode(), changed)).hasStatusOk().bodyText()
                .contains("TIDAK sama").doesNotContain("Dokumen asli. Berkas ini sama persis");
    }

    @Test
    void aPastedHashIsCheckedTooAndAMalformedOneIsExplainedNextToTheField() {
        IssuedDocument issued = issue("Simon Waker");

        assertThat(mvc.post().uri("/verifikasi/{code}", issued.verificationCode()).with(csrf())
                .param("sha256", issued.sha256().toUpperCase())).hasStatusOk().bodyText().contains("Dokumen asli");
        assertThat(mvc.post().uri("/verifikasi/{code}", issued.verificationCode()).with(csrf())
                .param("sha256", "0".repeat(64))).hasStatusOk().bodyText().contains("TIDAK sama");
        assertThat(mvc.post().uri("/verifikasi/{code}", issued.verificationCode()).with(csrf()).param("sha256", "abc123"))
                .hasStatus(422).bodyText().contains("64 karakter 0-9 dan a-f", "value=\"abc123\"");
    }

    @Test
    void aFileCheckedWithoutItsCodeIsFoundByItsFingerprintOrRefused() {
        IssuedDocument issued = issue("Paulus Omaleng");
        byte[] pdf = documents.pdf(issued.verificationCode());
        byte[] changed = pdf.clone();
        changed[100] ^= 0x20;

        assertThat(mvc.post().uri("/verifikasi").multipart().file(file(pdf)).with(csrf())).hasStatus3xxRedirection()
                .redirectedUrl().contains("/verifikasi/" + issued.verificationCode());
        assertThat(mvc.post().uri("/verifikasi").multipart().file(file(changed)).with(csrf())).hasStatusOk().bodyText()
                .contains("Tidak ada dokumen yang diterbitkan dengan sidik jari ini");
        assertThat(documents.findBySha256(issued.sha256())).map(IssuedDocument::number).hasValue(issued.number());
    }

    @Test
    void anUnknownCodeIsNotFoundOnThePageAndInTheApi() {
        assertThat(mvc.get().uri("/verifikasi/{code}", "a".repeat(24))).hasStatus(404).bodyText().contains("Dokumen tidak ditemukan");
        assertThat(mvc.get().uri("/api/v1/documents/{code}", "a".repeat(24))).hasStatus(404);
    }

    @Test
    void theApiDescribesTheDocumentWithTheNikMasked() {
        IssuedDocument issued = issue("Ruth Kogoya");

        assertThat(mvc.get().uri("/api/v1/documents/{code}", issued.verificationCode())).hasStatusOk()
                .bodyJson().satisfies(json -> assertThat(json.getJson()).contains("\"holderNikMasked\":\"9404**********21\"",
                        "\"sha256\":\"" + issued.sha256() + "\"", "\"agencyCode\":\"DISDUKCAPIL\"").doesNotContain(NIK));
    }

    private MockMvcTester.MockMultipartMvcRequestBuilder upload(String code, byte[] content) {
        return mvc.post().uri("/verifikasi/{code}", code).multipart().file(file(content)).with(csrf());
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("berkas", "dokumen.pdf", "application/pdf", content);
    }

    private IssuedDocument issue(String holder) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("Tempat dan tanggal lahir", "Timika, 5 Juli 1990");
        fields.put("Keterangan", "Anak kedua");
        return documents.issue(new DocumentRequest("surat-keterangan", "Surat Keterangan Kelahiran", "DISDUKCAPIL", holder,
                NIK, fields, "PMH-" + SERIAL.incrementAndGet()));
    }
}
