package id.go.mimikakab.upload;

import java.io.InputStream;
import java.util.Optional;

/**
 * Keeps the bytes of photos under random keys that cannot be guessed, one object per key. The contract is
 * that of an object store on purpose (put a whole object, read it back as a stream, delete it), so that an
 * S3-compatible store (MinIO, a cloud bucket) can implement it later beside {@link FileSystemPhotoStore}.
 */
public interface PhotoStore {

    /** Stores the content under a new random key and returns that key. */
    String put(byte[] content, String contentType);

    /** The content stored under the key, or empty when there is none; the caller closes the stream. */
    Optional<InputStream> get(String key);

    /** Removes the content under the key; removing a missing key does nothing. */
    void delete(String key);
}
