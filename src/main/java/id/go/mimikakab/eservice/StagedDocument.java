package id.go.mimikakab.eservice;

/**
 * A document that passed its field's checks and waits in the upload store for the application it belongs to, so that
 * a form sent back for another field's mistake keeps it: the store key never leaves the server.
 */
public record StagedDocument(String fieldCode, String storeKey, String contentType, int sizeBytes, String fileName)
        implements java.io.Serializable {
}
