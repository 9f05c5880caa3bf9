package id.go.mimikakab.eservice;

import java.io.InputStream;
import java.util.Optional;

import id.go.mimikakab.upload.CleanDocument;
import id.go.mimikakab.upload.DocumentCleaner;
import id.go.mimikakab.upload.PhotoCleaner;
import id.go.mimikakab.upload.PhotoStore;
import id.go.mimikakab.system.PlainText;

import org.springframework.stereotype.Component;

/**
 * The bytes of applications' documents: checked by the upload module's {@link DocumentCleaner} against the field's
 * allowed types and size (images lose their metadata, PDFs must parse), then kept in the upload store under a key
 * that cannot be guessed. Images are decoded one at a time here, beside the two of the report photos.
 */
@Component
class ApplicationDocuments {

    private final DocumentCleaner cleaner = new DocumentCleaner(new PhotoCleaner(1));
    private final PhotoStore store;

    ApplicationDocuments(PhotoStore store) {
        this.store = store;
    }

    /** Checks one upload for its field and keeps it; refused with {@link id.go.mimikakab.upload.DocumentRejected}. */
    StagedDocument stage(FormField field, String fileName, byte[] content) {
        CleanDocument clean = cleaner.clean(content, field.allowedTypes(), field.maxKb() * 1024);
        String key = store.put(clean.content(), clean.contentType());
        return new StagedDocument(field.code(), key, clean.contentType(), clean.content().length, name(fileName));
    }

    Optional<InputStream> read(StoredDocument document) {
        return document.archived() || document.storeKey() == null ? Optional.empty() : store.get(document.storeKey());
    }

    void delete(String storeKey) {
        store.delete(storeKey);
    }

    private static String name(String fileName) {
        String cleaned = PlainText.clean(fileName);
        if (cleaned == null || cleaned.isBlank()) {
            return null;
        }
        String base = cleaned.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
