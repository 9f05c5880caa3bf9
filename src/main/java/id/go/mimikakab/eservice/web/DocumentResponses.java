package id.go.mimikakab.eservice.web;

import id.go.mimikakab.eservice.ApplicationWorkflow;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers a document's bytes: never cached by shared caches, never sniffed, offered as a download. */
final class DocumentResponses {

    private DocumentResponses() {
    }

    static ResponseEntity<InputStreamResource> of(ApplicationWorkflow.DocumentContent content) {
        String name = content.document().fileName() == null ? "dokumen-" + content.document().id() : content.document().fileName();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.document().contentType()))
                .contentLength(content.document().sizeBytes())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content.content()));
    }
}
