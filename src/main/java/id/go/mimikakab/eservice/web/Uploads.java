package id.go.mimikakab.eservice.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import id.go.mimikakab.eservice.ApplicationWorkflow;
import id.go.mimikakab.eservice.CatalogueEntry;
import id.go.mimikakab.eservice.FormField;
import id.go.mimikakab.eservice.StagedDocument;
import id.go.mimikakab.upload.DocumentRejected;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/** Reads a multipart submission: each question's answer by its field code, each document checked and staged. */
final class Uploads {

    private Uploads() {
    }

    /** The answers to the service's questions, by field code, as sent. */
    static Map<String, String> answers(CatalogueEntry service, Map<String, String> parameters) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField field : service.questions()) {
            String value = parameters.get(field.code());
            if (value != null) {
                answers.put(field.code(), value);
            }
        }
        return answers;
    }

    /**
     * The documents sent, checked and staged by field code; a document that fails its checks is left out and its
     * field's problem (a message key) put in {@code problems}.
     */
    static Map<String, StagedDocument> staged(ApplicationWorkflow workflow, CatalogueEntry service,
            MultiValueMap<String, MultipartFile> files, Map<String, String> problems) {
        Map<String, StagedDocument> staged = new LinkedHashMap<>();
        for (FormField field : service.documents()) {
            MultipartFile file = files == null ? null : files.getFirst(field.code());
            if (file == null || file.isEmpty()) {
                continue;
            }
            try {
                staged.put(field.code(), workflow.stage(service.code(), field.code(), file.getOriginalFilename(), file.getBytes()));
            } catch (DocumentRejected e) {
                if (e.reason() == DocumentRejected.Reason.BUSY) {
                    throw e;
                }
                problems.put(field.code(), e.reason().code());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return staged;
    }
}
