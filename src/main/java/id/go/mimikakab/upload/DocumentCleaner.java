package id.go.mimikakab.upload;

import java.io.IOException;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks an uploaded document for a service application: its type is recognised by its first bytes, never by its
 * name, and must be one the field allows (PDF, JPEG, PNG); its size must be within the field's limit. An image
 * goes through {@link PhotoCleaner}, so it is decoded and encoded again without EXIF, XMP or any other metadata. A
 * PDF must be one that PDFBox can parse, with at least one page and no password; it is kept as uploaded.
 */
public class DocumentCleaner {

    private final PhotoCleaner images;

    public DocumentCleaner(PhotoCleaner images) {
        this.images = images;
    }

    /**
     * The checked document.
     *
     * @param allowedTypes some of {@code PDF}, {@code JPEG}, {@code PNG}
     * @param maxBytes the field's size limit
     */
    public CleanDocument clean(byte[] upload, Set<String> allowedTypes, int maxBytes) {
        if (upload.length > maxBytes) {
            throw new DocumentRejected(DocumentRejected.Reason.TOO_LARGE);
        }
        String type = recognise(upload);
        if (type == null || !allowedTypes.contains(type)) {
            throw new DocumentRejected(DocumentRejected.Reason.TYPE);
        }
        if (type.equals("PDF")) {
            checkPdf(upload);
            return new CleanDocument(upload, "application/pdf");
        }
        try {
            CleanPhoto photo = images.clean(upload);
            return new CleanDocument(photo.content(), photo.contentType());
        } catch (PhotoRejected e) {
            throw new DocumentRejected(switch (e.reason()) {
                case BUSY -> DocumentRejected.Reason.BUSY;
                case TOO_LARGE -> DocumentRejected.Reason.TOO_LARGE;
                case TYPE -> DocumentRejected.Reason.TYPE;
                default -> DocumentRejected.Reason.UNREADABLE;
            });
        }
    }

    private static void checkPdf(byte[] upload) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(upload))) {
            if (pdf.isEncrypted()) {
                throw new DocumentRejected(DocumentRejected.Reason.ENCRYPTED);
            }
            if (pdf.getNumberOfPages() < 1) {
                throw new DocumentRejected(DocumentRejected.Reason.UNREADABLE);
            }
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new DocumentRejected(DocumentRejected.Reason.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRejected rejected) {
                throw rejected;
            }
            throw new DocumentRejected(DocumentRejected.Reason.UNREADABLE);
        }
    }

    /** PDF, JPEG or PNG by the file's first bytes; null for anything else. */
    static String recognise(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "PDF";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "JPEG";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "PNG";
        }
        return null;
    }
}
