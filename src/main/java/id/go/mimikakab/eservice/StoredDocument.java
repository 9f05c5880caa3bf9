package id.go.mimikakab.eservice;

import java.time.Instant;

/**
 * A document uploaded with an application: the field it answers, its checked type and size, the file name the
 * applicant gave, when it came, whether a correction replaced it, and whether retention archived its bytes.
 */
public record StoredDocument(long id, String fieldCode, String storeKey, String contentType, int sizeBytes, String fileName,
        Instant uploadedAt, Instant replacedAt, Instant archivedAt) {

    public boolean current() {
        return replacedAt == null;
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
