package id.go.mimikakab.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import id.go.mimikakab.system.Wit;

/**
 * Adds a PAdES signature to a PDF as an incremental update: the signature dictionary (sub-filter
 * {@code ETSI.CAdES.detached}, the signer's name, place, reason and time) and the CMS signature the signer makes
 * over every byte of the file but the signature itself.
 */
final class PdfSignature {

    /** Room for the CMS signature: a certificate chain of several certificates fits. */
    static final int SIGNATURE_SIZE = 16384;

    private PdfSignature() {
    }

    static byte[] sign(byte[] pdf, DocumentSigner signer, String name, String location, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setLocation(location);
            signature.setReason(reason);
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone(Wit.ZONE));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> signer.sign(content, at), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be signed", e);
        }
    }
}
