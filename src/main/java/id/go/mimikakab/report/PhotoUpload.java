package id.go.mimikakab.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One photo as it arrives from the web form or the API, not yet checked: the name the sender gave it (for
 * messages only; the type is judged by content) and its bytes.
 */
public record PhotoUpload(String filename, byte[] bytes) {

    public PhotoUpload {
        if (bytes == null) {
            throw new IllegalArgumentException("An upload has content, even if empty");
        }
        filename = filename == null ? "" : filename.strip();
    }

    /** An empty file part without a name, which browsers send for a file field left empty. */
    boolean nothingChosen() {
        return bytes.length == 0 && filename.isEmpty();
    }

    /** The SHA-256 of the bytes as sent, which tells two submissions under one idempotency key apart. */
    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "PhotoUpload[" + filename + ", " + bytes.length + " bytes]";
    }
}
